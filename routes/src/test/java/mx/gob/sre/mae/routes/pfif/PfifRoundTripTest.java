package mx.gob.sre.mae.routes.pfif;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PfifRoundTripTest {

  static final Instant T1 = Instant.parse("2026-10-05T14:20:00Z");
  static final Instant T2 = Instant.parse("2026-10-04T09:00:01Z");

  /** A person with every field of PFIF 1.4 set, and two notes with every note field set. */
  static PfifPerson everyField() {
    PfifNote note = new PfifNote("repo.example.org/note.1", "repo.example.org/person.1", "other.example.net/p-2", T1,
        "Concepción Ñúñez", "c@example.org", "+52 55 5555 0000", T2, Boolean.TRUE, PfifNote.Status.BELIEVED_ALIVE,
        "found@example.org", "+502 5555 0000", "Albergue en Tenosique", "Línea uno\nLínea dos: «ÁÉÍÓÚ ñ ü» & <ok> 日本", "https://repo.example.org/n.jpg");
    PfifNote second = new PfifNote("repo.example.org/note.2", "repo.example.org/person.1", null, null, "Ana", null, null, T1,
        Boolean.FALSE, PfifNote.Status.INFORMATION_SOUGHT, null, null, null, "¿Alguien lo ha visto?", null);
    return new PfifPerson("repo.example.org/person.1", T1, Instant.parse("2027-10-05T00:00:00Z"), "Concepción Ñúñez", "c@example.org",
        "+52 55 5555 0000", "Búsqueda (ejemplo)", T2, "https://repo.example.org/p/1", "Joaquín Ávalos Peña", "Joaquín", "Ávalos Peña",
        "Quino\nEl Güero", "Cicatriz en la ceja; 1.65 m", "male", "1994-03-17", "30-32", "Calle 5 #12", "Colonia Centro", "San Pedro Sula",
        "Cortés", "21101", "HN", "https://repo.example.org/p.jpg", "https://social.example/q\nhttps://other.example/q",
        List.of(note, second));
  }

  @Test
  void everyPersonAndNoteFieldSurvivesWritingAndReading() {
    PfifNote topLevel = new PfifNote("other.example.net/n-9", "repo.example.org/person.1", null, T1, "Wilmer Cú", null, null, T2, null,
        PfifNote.Status.IS_NOTE_AUTHOR, null, null, null, "Estoy bien.", null);
    PfifDocument document = new PfifDocument(List.of(everyField()), List.of(topLevel));

    String xml = new PfifWriter().toXml(document);
    PfifDocument back = new PfifReader().read(stream(xml));

    assertEquals(document, back, xml);
    assertTrue(xml.contains("xmlns:pfif=\"" + Pfif.NAMESPACE + "\""), xml);
    assertTrue(xml.contains("<pfif:status>believed_alive</pfif:status>"), xml);
    assertTrue(xml.contains("<pfif:entry_date>2026-10-05T14:20:00Z</pfif:entry_date>"), xml);
  }

  @Test
  void fieldsAreWrittenInTheSpecificationsOrderAndEmptyOnesAreLeftOut() {
    String xml = new PfifWriter().toXml(new PfifDocument(List.of(everyField()), List.of()));
    int last = -1;
    for (String field : Pfif.PERSON_FIELDS) {
      int at = xml.indexOf("<pfif:" + field + ">");
      assertTrue(at > last, field + " out of order in " + xml);
      last = at;
    }
    assertTrue(xml.indexOf("<pfif:note>") > xml.indexOf("<pfif:profile_urls>"), "notes come after the person's fields");
    PfifNote bare = new PfifNote("a.org/n", "a.org/p", null, null, "X", null, null, T1, null, null, null, null, null, null, null);
    String small = new PfifWriter().toXml(new PfifDocument(List.of(), List.of(bare)));
    assertFalse(small.contains("author_email"), small);
    assertFalse(small.contains("<pfif:status>"), small);
  }

  @Test
  void aNoteNestedInAPersonTakesThePersonsIdWhenItLeavesItsOwnOut() {
    String xml = """
        <pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4"><pfif:person>
          <pfif:person_record_id>a.org/p1</pfif:person_record_id><pfif:source_date>2026-01-01T00:00:00Z</pfif:source_date>
          <pfif:full_name>Ana</pfif:full_name>
          <pfif:note><pfif:note_record_id>a.org/n1</pfif:note_record_id><pfif:author_name>B</pfif:author_name>
            <pfif:source_date>2026-01-02T00:00:00Z</pfif:source_date><pfif:text>hola</pfif:text></pfif:note>
        </pfif:person></pfif:pfif>""";
    PfifNote note = new PfifReader().read(stream(xml)).persons().get(0).notes().get(0);
    assertEquals("a.org/p1", note.personRecordId());
    assertNull(note.status());
  }

  @Test
  void extensionElementsOfOtherNamespacesAreSkipped() {
    String xml = """
        <pfif:pfif xmlns:pfif="http://zesty.ca/pfif/1.4" xmlns:x="urn:example:ext"><x:meta><x:a><x:b/></x:a></x:meta>
          <pfif:person><pfif:person_record_id>a.org/p1</pfif:person_record_id><x:extra>1</x:extra>
          <pfif:source_date>2026-01-01T00:00:00Z</pfif:source_date><pfif:full_name>Ana</pfif:full_name></pfif:person></pfif:pfif>""";
    assertEquals("Ana", new PfifReader().read(stream(xml)).persons().get(0).fullName());
  }

  @Test
  void theShippedSampleParsesWithItsAccentsAndEveryNote() throws Exception {
    try (InputStream in = Files.newInputStream(Path.of("../deploy/samples/pfif-sample.xml"))) {
      PfifDocument sample = new PfifReader().read(in);
      assertEquals(3, sample.persons().size());
      assertEquals(4, sample.allNotes().size());
      assertEquals("Joaquín Ávalos Peña", sample.persons().get(0).fullName());
      assertEquals(PfifNote.Status.BELIEVED_ALIVE, sample.persons().get(0).notes().get(1).status());
      assertEquals("albergues.example.net/p-88", sample.notes().get(0).personRecordId());
      assertEquals(sample, new PfifReader().read(stream(new PfifWriter().toXml(sample))), "the sample survives a round trip");
    }
  }

  static InputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }
}
