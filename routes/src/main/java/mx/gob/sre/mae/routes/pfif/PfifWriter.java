package mx.gob.sre.mae.routes.pfif;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Writes a {@link PfifDocument} as PFIF 1.4 XML (UTF-8): fields in the specification's order, empty
 * fields left out, each person's notes nested in it, characters XML 1.0 cannot carry dropped.
 */
public final class PfifWriter {

  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  public String toXml(PfifDocument document) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    write(document, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  public void write(PfifDocument document, OutputStream out) {
    try {
      XMLStreamWriter xml = FACTORY.createXMLStreamWriter(out, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.setPrefix(Pfif.PREFIX, Pfif.NAMESPACE);
      xml.writeStartElement(Pfif.PREFIX, "pfif", Pfif.NAMESPACE);
      xml.writeNamespace(Pfif.PREFIX, Pfif.NAMESPACE);
      for (PfifPerson person : document.persons()) {
        xml.writeCharacters("\n  ");
        xml.writeStartElement(Pfif.NAMESPACE, "person");
        fields(xml, person.fields(), "\n    ");
        for (PfifNote note : person.notes()) {
          note(xml, note, "\n    ");
        }
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
      }
      for (PfifNote note : document.notes()) {
        note(xml, note, "\n  ");
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.flush();
      xml.close();
    } catch (XMLStreamException e) {
      throw new IllegalStateException("PFIF could not be written", e);
    }
  }

  private static void note(XMLStreamWriter xml, PfifNote note, String indent) throws XMLStreamException {
    xml.writeCharacters(indent);
    xml.writeStartElement(Pfif.NAMESPACE, "note");
    fields(xml, note.fields(), indent + "  ");
    xml.writeCharacters(indent);
    xml.writeEndElement();
  }

  private static void fields(XMLStreamWriter xml, Map<String, String> fields, String indent) throws XMLStreamException {
    for (Map.Entry<String, String> field : fields.entrySet()) {
      xml.writeCharacters(indent);
      xml.writeStartElement(Pfif.NAMESPACE, field.getKey());
      xml.writeCharacters(xmlSafe(field.getValue()));
      xml.writeEndElement();
    }
  }

  /** Only the characters XML 1.0 allows (tab, newlines, and the rest from U+0020, without surrogate halves alone). */
  static String xmlSafe(String s) {
    StringBuilder out = new StringBuilder(s.length());
    s.codePoints()
        .filter(c -> c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000)
        .forEach(out::appendCodePoint);
    return out.toString();
  }
}
