package mx.gob.sre.mae.routes.pfif;

import static mx.gob.sre.mae.routes.pfif.PfifRoundTripTest.stream;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PfifReaderRefusalTest {

  private static final String OPEN = "<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.4\">";

  private static PfifFormatException refused(String xml) {
    return refused(new PfifReader(), xml);
  }

  private static PfifFormatException refused(PfifReader reader, String xml) {
    return assertThrows(PfifFormatException.class, () -> reader.read(stream(xml)));
  }

  private static String person(String fields) {
    return OPEN + "<pfif:person>" + fields + "</pfif:person></pfif:pfif>";
  }

  private static final String OK_PERSON = "<pfif:person_record_id>a.org/p1</pfif:person_record_id>"
      + "<pfif:source_date>2026-01-01T00:00:00Z</pfif:source_date><pfif:full_name>Ana</pfif:full_name>";

  @Test
  void malformedXmlIsRefusedWithItsLine() {
    PfifFormatException e = refused(OPEN + "\n<pfif:person><pfif:full_name>Ana</pfif:person></pfif:pfif>");
    assertEquals(PfifFormatException.Reason.NOT_XML, e.reason());
    assertEquals("2", e.args().get(0));
    assertEquals(PfifFormatException.Reason.NOT_XML, refused("").reason());
  }

  @Test
  void anExternalEntityIsNeverResolved() throws Exception {
    Path secret = Files.createTempFile("pfif-secret", ".txt");
    Files.writeString(secret, "TOP-SECRET");
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE pfif [<!ENTITY x SYSTEM \"" + secret.toUri() + "\">]>"
        + person(OK_PERSON.replace("Ana", "&x;"));
    PfifFormatException e = refused(xxe);
    assertEquals(PfifFormatException.Reason.DTD, e.reason());
    assertFalse(e.getMessage().contains("TOP-SECRET"));
  }

  @Test
  void entityExpansionIsRefusedBeforeItStarts() {
    StringBuilder dtd = new StringBuilder("<!DOCTYPE pfif [<!ENTITY lol \"lol\">");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">");
    }
    dtd.append("]>");
    long start = System.nanoTime();
    PfifFormatException e = refused(dtd + person(OK_PERSON.replace("Ana", "&lol9;")));
    assertEquals(PfifFormatException.Reason.DTD, e.reason());
    assertTrue(System.nanoTime() - start < 5_000_000_000L, "refused at once");
  }

  @Test
  void aDoctypeWithoutEntitiesIsRefusedToo() {
    assertEquals(PfifFormatException.Reason.DTD, refused("<!DOCTYPE pfif SYSTEM \"http://example.org/pfif.dtd\">" + person(OK_PERSON)).reason());
  }

  @Test
  void anotherVersionOrRootIsNotPfif14() {
    PfifFormatException e = refused("<pfif:pfif xmlns:pfif=\"http://zesty.ca/pfif/1.2\"/>");
    assertEquals(PfifFormatException.Reason.NOT_PFIF, e.reason());
    assertTrue(e.args().get(0).contains("1.2"), e.getMessage());
    assertEquals(PfifFormatException.Reason.NOT_PFIF, refused("<persons/>").reason());
  }

  @Test
  void requiredFieldsAreRequired() {
    PfifFormatException noName = refused(person(OK_PERSON.replace("<pfif:full_name>Ana</pfif:full_name>", "")));
    assertEquals(PfifFormatException.Reason.MISSING_FIELD, noName.reason());
    assertEquals("full_name", noName.args().get(1));
    assertEquals("source_date", refused(person(OK_PERSON.replace("<pfif:source_date>2026-01-01T00:00:00Z</pfif:source_date>", "")))
        .args().get(1));
    String orphanNote = OPEN + "<pfif:note><pfif:note_record_id>a.org/n</pfif:note_record_id><pfif:author_name>B</pfif:author_name>"
        + "<pfif:source_date>2026-01-01T00:00:00Z</pfif:source_date></pfif:note></pfif:pfif>";
    assertEquals("person_record_id", refused(orphanNote).args().get(1), "a top-level note must name its person");
  }

  @Test
  void valuesOutOfTheirFormatAreRefusedNamingTheField() {
    assertEquals("person_record_id", refused(person(OK_PERSON.replace("a.org/p1", "no-domain"))).args().get(1));
    assertEquals("source_date", refused(person(OK_PERSON.replace("2026-01-01T00:00:00Z", "2026-01-01 10:00"))).args().get(1));
    assertEquals("sex", refused(person(OK_PERSON + "<pfif:sex>M</pfif:sex>")).args().get(1));
    assertEquals("date_of_birth", refused(person(OK_PERSON + "<pfif:date_of_birth>17/03/1994</pfif:date_of_birth>")).args().get(1));
    assertEquals("date_of_birth", refused(person(OK_PERSON + "<pfif:date_of_birth>2026-02-30</pfif:date_of_birth>")).args().get(1));
    assertEquals("age", refused(person(OK_PERSON + "<pfif:age>40-30</pfif:age>")).args().get(1));
    String note = "<pfif:note><pfif:note_record_id>a.org/n</pfif:note_record_id><pfif:author_name>B</pfif:author_name>"
        + "<pfif:source_date>2026-01-01T00:00:00Z</pfif:source_date><pfif:status>found</pfif:status></pfif:note>";
    PfifFormatException status = refused(person(OK_PERSON + note));
    assertEquals(PfifFormatException.Reason.BAD_VALUE, status.reason());
    assertEquals("status", status.args().get(1));
    assertEquals(PfifFormatException.Reason.UNKNOWN_ELEMENT, refused(person(OK_PERSON + "<pfif:nickname>x</pfif:nickname>")).reason());
    assertEquals("(repeated)", refused(person(OK_PERSON + "<pfif:full_name>Otra</pfif:full_name>")).args().get(2));
  }

  @Test
  void aFailureOfTheStreamUnderTheParserIsPassedOnAsItIs() {
    java.io.InputStream failing = new java.io.InputStream() {
      private int n;

      @Override
      public int read() {
        if (++n > 10) {
          throw new IllegalStateException("body over the API's limit");
        }
        return OPEN.charAt(n - 1);
      }
    };
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> new PfifReader().read(failing));
    assertEquals("body over the API's limit", e.getMessage(), "the caller's own failure (such as a 413) is not turned into a format error");
  }

  @Test
  void limitsOnBytesRecordsAndFieldsHold() {
    PfifReader small = new PfifReader(new PfifReader.Limits(400, 2, 10, 4));
    assertEquals("bytes", refused(small, person(OK_PERSON + "<pfif:description>" + "x".repeat(1000) + "</pfif:description>")).args().get(0));
    assertEquals("records", refused(new PfifReader(new PfifReader.Limits(100_000, 2, 100, 4)),
        OPEN + ("<pfif:person>" + OK_PERSON + "</pfif:person>").repeat(3) + "</pfif:pfif>").args().get(0));
    assertEquals("full_name", refused(new PfifReader(new PfifReader.Limits(100_000, 5, 25, 4)),
        person(OK_PERSON.replace(">Ana<", ">" + "Ana ".repeat(10) + "<"))).args().get(0));
    assertEquals("depth", refused(new PfifReader(new PfifReader.Limits(100_000, 5, 100, 4)),
        OPEN.replace(">", " xmlns:x=\"urn:x\">") + "<x:a><x:a><x:a><x:a><x:a/></x:a></x:a></x:a></x:a></pfif:pfif>").args().get(0));
  }
}
