package mx.gob.sre.mae.gateway.application.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import mx.gob.sre.mae.gateway.application.phone.ConversationState.Step;
import mx.gob.sre.mae.i18n.Language;
import org.junit.jupiter.api.Test;

/** The state the integrator stores between messages must come back exactly as it was. */
class ConversationStateTest {

  private static final Instant T0 = Instant.parse("2026-10-15T12:00:00Z");

  @Test
  void aFullStateSurvivesItsMapForm() {
    ConversationAnswers answers = ConversationAnswers.NONE
        .withOpening("Hola\nnecesito ayuda")
        .answered(Step.NAME, "José Luis Hernández López")
        .answered(Step.AGE, "2/4/1999").withAge(null, LocalDate.of(1999, 4, 2))
        .answered(Step.PLACE, "Coatzacoalcos, Veracruz").withStateCode("MX-VER")
        .unknownAnswer(Step.WHEN, "no sé")
        .answered(Step.RELATIONSHIP, "1").withRelationshipCode("MOTHER")
        .unknownAnswer(Step.CALLBACK, "quizás, = y : raros");
    ConversationState state = new ConversationState(
        Language.ES, Step.REPORTED, answers, T0, T0.plusSeconds(600), "MAE-2026-000123", true, 1, true);

    Map<String, String> map = state.toMap();
    assertEquals(state, ConversationState.fromMap(map));
    assertEquals(Map.ofEntries(
        Map.entry("version", "1"), Map.entry("language", "es"), Map.entry("step", "REPORTED"),
        Map.entry("createdAt", "2026-10-15T12:00:00Z"), Map.entry("lastInboundAt", "2026-10-15T12:10:00Z"),
        Map.entry("folio", "MAE-2026-000123"), Map.entry("optedOut", "true"), Map.entry("retries", "1"),
        Map.entry("placeAskedAgain", "true"), Map.entry("opening", "Hola\nnecesito ayuda"),
        Map.entry("answer.NAME", "José Luis Hernández López"), Map.entry("answer.AGE", "2/4/1999"),
        Map.entry("answer.PLACE", "Coatzacoalcos, Veracruz"), Map.entry("answer.WHEN", "no sé"),
        Map.entry("answer.RELATIONSHIP", "1"), Map.entry("answer.CALLBACK", "quizás, = y : raros"),
        Map.entry("unknown", "WHEN,CALLBACK"), Map.entry("dateOfBirth", "1999-04-02"), Map.entry("stateCode", "MX-VER"),
        Map.entry("relationshipCode", "MOTHER")), map);
  }

  @Test
  void aNewStateSurvivesItsMapFormAndLeavesAbsentValuesOut() {
    ConversationState state = ConversationState.start(T0);
    Map<String, String> map = state.toMap();

    assertEquals(state, ConversationState.fromMap(map));
    assertFalse(map.containsKey("language"));
    assertFalse(map.containsKey("folio"));
    assertFalse(map.containsKey("unknown"));
    assertEquals("1", map.get("version"));
  }

  @Test
  void answersKnowWhatIsAskedKnownAndNext() {
    ConversationAnswers answers = ConversationAnswers.NONE.answered(Step.NAME, "Ana").unknownAnswer(Step.AGE, "no sé");

    assertTrue(answers.known(Step.NAME));
    assertTrue(answers.asked(Step.AGE));
    assertFalse(answers.known(Step.AGE));
    assertEquals(Step.PLACE, answers.nextQuestion().orElseThrow());
    assertFalse(answers.hasMinimum());
    assertTrue(answers.answered(Step.WHEN, "ayer").hasMinimum());
    assertFalse(answers.forget(Step.AGE).asked(Step.AGE));
    assertEquals(EnumSet.of(Step.AGE), EnumSet.copyOf(answers.unknown()));
  }

  @Test
  void onlyTheQuestionsAndTheMenuAreInProgress() {
    for (Step step : Step.values()) {
      ConversationState state = ConversationState.start(T0).at(step);
      assertEquals(step == Step.LANGUAGE || Step.QUESTIONS.contains(step), state.inProgress(), step.name());
    }
  }
}
