package mx.gob.sre.mae.routes.pfif;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import mx.gob.sre.mae.routes.io.BoundedInputStream;

/**
 * Reads PFIF 1.4 with the JDK's StAX parser, safely: a DOCTYPE is refused outright (so no entity is
 * declared, expanded or fetched: no XXE, no "billion laughs"), and the input is bounded in bytes,
 * records, field length and nesting. Every record is checked against the specification
 * ({@link PfifPerson#of}, {@link PfifNote#of}); elements of other namespaces (extensions) are skipped.
 * Anything wrong is a {@link PfifFormatException} that says what and where.
 */
public final class PfifReader {

  /** Bounds on what one document may hold. */
  public record Limits(long maxBytes, int maxRecords, int maxFieldChars, int maxDepth) {
    /** 10 MiB, 20,000 records (persons and notes), 20,000 characters a field, 16 levels. */
    public static final Limits DEFAULTS = new Limits(10L * 1024 * 1024, 20_000, 20_000, 16);
  }

  private final Limits limits;

  public PfifReader() {
    this(Limits.DEFAULTS);
  }

  public PfifReader(Limits limits) {
    this.limits = limits;
  }

  public PfifDocument read(InputStream in) {
    XMLStreamReader xml = null;
    try {
      xml = factory().createXMLStreamReader(new BoundedInputStream(in, limits.maxBytes(),
          () -> new PfifFormatException(PfifFormatException.Reason.TOO_LARGE, "bytes", String.valueOf(limits.maxBytes()))));
      return new Parse(xml).document();
    } catch (XMLStreamException e) {
      throw notXml(e);
    } finally {
      close(xml);
    }
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  /** The parser's error as a format error; a failure of the stream under it (such as a size limit) is thrown as it is. */
  private static RuntimeException notXml(XMLStreamException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof RuntimeException r) {
        return r;
      }
    }
    int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
    String message = e.getMessage() == null ? "" : e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
    return new PfifFormatException(PfifFormatException.Reason.NOT_XML, String.valueOf(line), message.strip());
  }

  private static void close(XMLStreamReader xml) {
    if (xml != null) {
      try {
        xml.close();
      } catch (XMLStreamException ignored) {
        // closing a reader that failed: the failure has been reported
      }
    }
  }

  /** The state of one parse. */
  private final class Parse {
    private final XMLStreamReader xml;
    private int records;

    Parse(XMLStreamReader xml) {
      this.xml = xml;
    }

    PfifDocument document() throws XMLStreamException {
      nextStart();
      if (!Pfif.NAMESPACE.equals(xml.getNamespaceURI()) || !"pfif".equals(xml.getLocalName())) {
        String ns = xml.getNamespaceURI() == null ? "" : "{" + xml.getNamespaceURI() + "}";
        throw new PfifFormatException(PfifFormatException.Reason.NOT_PFIF, ns + xml.getLocalName());
      }
      List<PfifPerson> persons = new ArrayList<>();
      List<PfifNote> notes = new ArrayList<>();
      while (nextChild()) {
        if (isPfif("person")) {
          persons.add(person());
        } else if (isPfif("note")) {
          notes.add(PfifNote.of(record("note", Pfif.NOTE_FIELDS, null), null));
        } else {
          skipOrRefuse("pfif");
        }
      }
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamConstants.DTD) {
          throw dtd();
        }
      }
      return new PfifDocument(persons, notes);
    }

    private PfifPerson person() throws XMLStreamException {
      List<Map<String, String>> nested = new ArrayList<>();
      Map<String, String> values = record("person", Pfif.PERSON_FIELDS, nested);
      String id = values.get("person_record_id") == null ? "" : values.get("person_record_id").strip();
      if (id.isEmpty()) {
        throw new PfifFormatException(PfifFormatException.Reason.MISSING_FIELD, "person ?", "person_record_id");
      }
      List<PfifNote> notes = new ArrayList<>();
      for (Map<String, String> note : nested) {
        notes.add(PfifNote.of(note, id));
      }
      return PfifPerson.of(values, notes);
    }

    /** The fields of the record whose start tag is current; nested notes go to {@code notes} (persons only). */
    private Map<String, String> record(String type, List<String> fields, List<Map<String, String>> notes) throws XMLStreamException {
      if (++records > limits.maxRecords()) {
        throw new PfifFormatException(PfifFormatException.Reason.TOO_LARGE, "records", String.valueOf(limits.maxRecords()));
      }
      Map<String, String> values = new LinkedHashMap<>();
      while (nextChild()) {
        String name = xml.getLocalName();
        if (notes != null && isPfif("note")) {
          notes.add(record("note", Pfif.NOTE_FIELDS, null));
        } else if (Pfif.NAMESPACE.equals(xml.getNamespaceURI()) && fields.contains(name)) {
          String label = type + " " + values.getOrDefault(type + "_record_id", "?");
          String text = xml.getElementText();
          if (text.length() > limits.maxFieldChars()) {
            throw new PfifFormatException(PfifFormatException.Reason.TOO_LARGE, name, String.valueOf(limits.maxFieldChars()));
          }
          if (values.put(name, text) != null) {
            throw new PfifFormatException(PfifFormatException.Reason.BAD_VALUE, label, name, "(repeated)");
          }
        } else {
          skipOrRefuse(type + " " + values.getOrDefault(type + "_record_id", "?"));
        }
      }
      return values;
    }

    private boolean isPfif(String local) {
      return Pfif.NAMESPACE.equals(xml.getNamespaceURI()) && local.equals(xml.getLocalName());
    }

    /** An extension element of another namespace is skipped whole; an unknown PFIF element is an error. */
    private void skipOrRefuse(String where) throws XMLStreamException {
      if (Pfif.NAMESPACE.equals(xml.getNamespaceURI())) {
        throw new PfifFormatException(PfifFormatException.Reason.UNKNOWN_ELEMENT, where, xml.getLocalName());
      }
      int depth = 1;
      while (depth > 0) {
        int event = xml.next();
        if (event == XMLStreamConstants.START_ELEMENT && ++depth > limits.maxDepth()) {
          throw new PfifFormatException(PfifFormatException.Reason.TOO_LARGE, "depth", String.valueOf(limits.maxDepth()));
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }

    /** Moves to the next child element of the current element; false at its end tag. Text between elements is ignored. */
    private boolean nextChild() throws XMLStreamException {
      while (true) {
        int event = xml.next();
        switch (event) {
          case XMLStreamConstants.START_ELEMENT:
            return true;
          case XMLStreamConstants.END_ELEMENT:
            return false;
          case XMLStreamConstants.DTD:
            throw dtd();
          case XMLStreamConstants.CHARACTERS:
          case XMLStreamConstants.SPACE:
          case XMLStreamConstants.COMMENT:
          case XMLStreamConstants.PROCESSING_INSTRUCTION:
            break;
          case XMLStreamConstants.ENTITY_REFERENCE:
            throw dtd();
          default:
            break;
        }
      }
    }

    private void nextStart() throws XMLStreamException {
      while (xml.hasNext()) {
        int event = xml.next();
        if (event == XMLStreamConstants.DTD) {
          throw dtd();
        }
        if (event == XMLStreamConstants.START_ELEMENT) {
          return;
        }
      }
      throw new PfifFormatException(PfifFormatException.Reason.NOT_PFIF, "");
    }

    private PfifFormatException dtd() {
      return new PfifFormatException(PfifFormatException.Reason.DTD, String.valueOf(xml.getLocation().getLineNumber()));
    }
  }
}
