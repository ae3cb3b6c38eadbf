package mx.gob.sre.mae.gateway.application.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The scorer's comparisons and the explanation an officer reads. */
class MatchScorerTest {

  static final String CURP = "HELJ980412HVZRPN04";
  private final MatchScorer scorer = new MatchScorer();

  static PersonRecord juan() {
    return new PersonRecord(1, "MAE-2026-000001", "Juan", "Hernández", "López", "M", LocalDate.of(1998, 4, 12), null, null, CURP, null,
        null, "MX", "MX-VER", "Coatzacoalcos", LocalDate.of(2026, 10, 2));
  }

  static PersonRecord with(PersonRecord p, String given, String first, String second, LocalDate dob, String curp) {
    return new PersonRecord(p.id() + 100, "MAE-2026-000099", given, first, second, p.sex(), dob, p.approximateAge(), p.referenceYear(), curp,
        p.foreignDocumentType(), p.foreignDocumentNumber(), p.nationality(), p.lastSeenState(), p.lastSeenPlace(), p.lastSeenDate());
  }

  @Test
  void theSameReportScoresNearOneAndExplainsEveryField() {
    MatchResult r = scorer.score(juan(), juan());
    assertTrue(r.score() > 0.99, "score " + r.score());
    assertTrue(r.dateAgrees() && r.placeAgrees() && r.curpConfirmed());
    for (String field : new String[] {"givenNames", "firstSurname", "secondSurname", "dateOfBirth", "sex", "curp", "lastSeenState",
        "lastSeenPlace", "nationality", "lastSeenDate"}) {
      assertTrue(r.field(field) != null, "explains " + field);
    }
    assertEquals(r.weight(), r.fields().stream().mapToDouble(MatchResult.FieldScore::weight).sum(), 1e-9);
  }

  @Test
  void swappedSurnamesMisspeltNicknameAndSwappedDateStillMatchAndSaySo() {
    PersonRecord second = with(juan(), "Juanito", "Lopes", "Hernandez", LocalDate.of(1998, 12, 4), null);
    MatchResult r = scorer.score(juan(), second);
    assertTrue(r.field("firstSurname").note().contains("surnames swapped"), r.field("firstSurname").note());
    assertEquals("day and month swapped", r.field("dateOfBirth").note());
    assertTrue(r.dateAgrees());
    assertTrue(r.score() >= MatchPolicy.DEFAULT_AUTO_LINK, "score " + r.score() + " " + r.fields());
    assertEquals(r.score(), scorer.score(second, juan()).score(), 1e-9, "symmetric");
  }

  @Test
  void aMissingSecondSurnameAndAPartialGivenNameAreToleratedWithANote() {
    PersonRecord first = with(juan(), "María Guadalupe", "Hernández", "López", LocalDate.of(1990, 1, 20), null);
    PersonRecord second = with(juan(), "Lupita", "Hernández", null, LocalDate.of(1990, 1, 20), null);
    MatchResult r = scorer.score(first, second);
    assertEquals("missing on one side", r.field("secondSurname").note());
    assertTrue(r.field("givenNames").note().contains("part of a compound"), r.field("givenNames").note());
    assertTrue(r.field("givenNames").weight() > 0);
    assertTrue(r.score() > MatchPolicy.DEFAULT_REVIEW);
  }

  @Test
  void aCurpMatchThatNameOrDateOfBirthContradictsIsNotConfirmed() {
    PersonRecord other = with(juan(), "Pedro", "Ramírez", "Soto", LocalDate.of(1975, 2, 1), CURP);
    MatchResult r = scorer.score(juan(), other);
    assertFalse(r.curpConfirmed());
    assertTrue(r.field("curp").note().contains("not confirmed"), r.field("curp").note());
    assertTrue(r.score() < MatchPolicy.DEFAULT_REVIEW, "score " + r.score());
    MatchResult confirmed = scorer.score(juan(), with(juan(), "Juan", "Hernandez", "Lopez", null, CURP));
    assertTrue(confirmed.curpConfirmed());
    assertTrue(confirmed.dateAgrees(), "the CURP's date stands in for a missing date of birth");
  }

  @Test
  void aCurpTypoCostsLittleWhileDifferentValidCurpsCostMuch() {
    MatchResult typo = scorer.score(juan(), with(juan(), "Juan", "Hernández", "López", LocalDate.of(1998, 4, 12), "HELJ980412HVZRPM04"));
    assertTrue(typo.field("curp").note().contains("possible typo"));
    assertTrue(typo.score() >= MatchPolicy.DEFAULT_AUTO_LINK);
    String otherCurp = "HELJ980412HVZLPR" + "A" + Curp.checkDigit("HELJ980412HVZLPRA");
    MatchResult differ = scorer.score(juan(), with(juan(), "Juan", "Hernández", "López", LocalDate.of(1998, 4, 12), otherCurp));
    assertEquals("different valid CURPs", differ.field("curp").note());
    assertTrue(differ.field("curp").weight() < typo.field("curp").weight());
  }

  @Test
  void fatherAndSonWithOneNameAreToldApartByTheDateOfBirth() {
    PersonRecord father = with(juan(), "Juan", "Hernández", "López", LocalDate.of(1971, 9, 3), null);
    MatchResult r = scorer.score(juan(), father);
    assertFalse(r.dateAgrees());
    assertTrue(r.field("dateOfBirth").weight() < 0);
    assertTrue(r.score() < MatchPolicy.DEFAULT_AUTO_LINK);
  }

  @Test
  void anAgeInsteadOfADateComparesBirthYears() {
    PersonRecord byAge = new PersonRecord(7, "F-7", "Juan", "Hernández", "López", "M", null, 28, 2026, null, null, null, "MX", "MX-VER", null,
        null);
    MatchResult r = scorer.score(juan(), byAge);
    assertEquals("age", r.field("age").field());
    assertTrue(r.dateAgrees());
  }
}
