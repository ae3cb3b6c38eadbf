package mx.gob.sre.mae.gateway.application.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import mx.gob.sre.mae.gateway.application.phone.ConversationAnswers.PersonName;
import mx.gob.sre.mae.gateway.application.phone.ConversationText.CommandKind;
import mx.gob.sre.mae.i18n.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** How the conversation reads what people type: {@link ConversationText} and {@link AnswerReader}. */
class ConversationParsingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 10, 15);

  @ParameterizedTest
  @CsvSource({
      "1999-04-02,1999-04-02", "1999/4/2,1999-04-02", "02/04/1999,1999-04-02", "2-4-1999,1999-04-02", "02.04.99,1999-04-02",
      "15/03/26,2026-03-15", "2 abril 1999,1999-04-02", "2 de abril de 1999,1999-04-02", "2 avril 1999,1999-04-02",
      "1er août 2026,2026-08-01", "April 2nd 1999,1999-04-02", "visto el 3 de sept. de 2026 en la tarde,2026-09-03",
      "15 out 2025,2025-10-15"})
  void readsDates(String text, LocalDate expected) {
    assertEquals(Optional.of(expected), AnswerReader.date(text, TODAY, TODAY));
  }

  @ParameterizedTest
  @ValueSource(strings = {"31/02/2020", "2027-01-01", "1899-12-31", "ayer", "marzo 2024", "el lunes", "13/13/2020"})
  void leavesImpossibleOrVagueDatesAsText(String text) {
    assertEquals(Optional.empty(), AnswerReader.date(text, TODAY, TODAY));
  }

  @ParameterizedTest
  @CsvSource({"23,23", "23 años,23", "23 anos,23", "23 years old,23", "31 ans,31", "about 40,40", "tiene como 17 años,17",
      "0,0", "1999,27"})
  void readsAges(String text, int age) {
    assertEquals(Optional.of(new AnswerReader.Age(age, null)), AnswerReader.age(text, TODAY));
  }

  @Test
  void readsADateOfBirthAsTheAge() {
    assertEquals(Optional.of(new AnswerReader.Age(null, LocalDate.of(1999, 4, 2))), AnswerReader.age("02/04/1999", TODAY));
  }

  @ParameterizedTest
  @ValueSource(strings = {"lots", "entre 20 y 25", "121", "3000", "02/04/2027", "young, maybe in his twenties or so I think"})
  void doesNotGuessAnAge(String text) {
    assertEquals(Optional.empty(), AnswerReader.age(text, TODAY));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Coatzacoalcos, Veracruz|MX-VER", "veracruz|MX-VER", "CDMX|MX-CMX", "en el DF|MX-CMX", "Ciudad de Mexico|MX-CMX",
      "Mexico City|MX-CMX", "Cidade do México|MX-CMX", "Edomex|MX-MEX", "Ecatepec, Estado de México|MX-MEX",
      "Calle Hidalgo 12, Oaxaca|MX-OAX", "Hidalgo|MX-HID", "Ciudad Hidalgo|MX-CHP", "Monterrey, Nuevo León|MX-NLE",
      "La Paz, Baja California Sur|MX-BCS", "Tijuana, Baja California|MX-BCN", "QUERETARO|MX-QUE", "san luis potosí|MX-SLP",
      "Michoacán|MX-MIC", "Reynosa|MX-TAM", "Quintana Roo|MX-ROO", "Yucatán|MX-YUC", "Coahuila|MX-COA"})
  void readsTheStateOfAPlace(String place, String code) {
    assertEquals(Optional.of(code), AnswerReader.state(place));
  }

  @ParameterizedTest
  @ValueSource(strings = {"México", "en la frontera", "New Mexico", "Alto Lucero", "Baja"})
  void namesNoStateWhenThePlaceDoesNot(String place) {
    assertEquals(Optional.empty(), AnswerReader.state(place));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1|MOTHER", "2|FATHER", "3|SISTER", "4|BROTHER", "5|DAUGHTER", "6|SON", "7|SPOUSE", "8|OTHER",
      "Madre|MOTHER", "soy la mamá|MOTHER", "I am his mother|MOTHER", "mère|MOTHER", "Mãe|MOTHER", "je suis son père|FATHER",
      "esposa|SPOUSE", "husband|SPOUSE", "novia|PARTNER", "grand-mère|GRANDPARENT", "abuela|GRANDPARENT",
      "petite-fille|GRANDCHILD", "belle-mère|OTHER_RELATIVE", "tía|AUNT_UNCLE", "primo|COUSIN", "amigo|FRIEND",
      "mi hijo|OTHER_RELATIVE", "my brother|OTHER_RELATIVE", "mi esposo|SPOUSE", "vecina|OTHER", "9|OTHER"})
  void readsTheRelationship(String text, String code) {
    assertEquals(code, AnswerReader.relationship(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "José Luis Hernández López|José Luis|Hernández|López",
      "Pedro Gómez|Pedro|Gómez|-",
      "Carlos|Carlos|-|-",
      "María del Carmen López Hernández|María del Carmen|López|Hernández",
      "Juan de la Cruz Martínez|Juan|de la Cruz|Martínez",
      "José de la Cruz|José|de la Cruz|-",
      "  juan   pérez,  |juan|pérez|-",
      "Se llama Ana Ruiz|Ana|Ruiz|-",
      "his name is John O'Neil|John|O'Neil|-"})
  void splitsANameIntoGivenNamesAndSurnames(String text, String given, String first, String second) {
    assertEquals(new PersonName(given, first, second), AnswerReader.personName(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "STOP|STOP|EN", "¡Alto!|STOP|ES", "Arrêt|STOP|FR", "ayuda|HELP|ES", "AJUDA|HELP|PT", "Start|START|EN",
      "Começar|START|PT", "nuevo|NEW|ES", "estado|STATUS|ES"})
  void readsCommands(String text, CommandKind kind, Language language) {
    ConversationText.Command command = ConversationText.command(text, false).orElseThrow();
    assertEquals(kind, command.kind());
    assertEquals(language, command.language());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Alto Lucero", "Estado de México", "new information about him", "help me please", "stop by the river",
      "Baja California", "yes", "hola"})
  void wordsOfCommandsInLongerTextAreNotCommands(String text) {
    assertTrue(ConversationText.command(text, false).isEmpty(), text);
  }

  @Test
  void bajaIsAPlaceWhileAPlaceIsAsked() {
    assertTrue(ConversationText.command("Baja", true).isEmpty());
    assertTrue(ConversationText.command("STOP", true).isPresent());
  }

  @ParameterizedTest
  @ValueSource(strings = {"no sé", "NO SE", "No lo sé.", "skip", "I don't know", "I dont know", "IDK", "je ne sais pas",
      "Je sais pas", "não sei", "Nao sei", "?", "desconocido"})
  void readsIDontKnow(String text) {
    assertTrue(ConversationText.isSkip(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"no", "non", "nada", "sé su nombre", "Juan"})
  void otherAnswersAreNotIDontKnow(String text) {
    assertFalse(ConversationText.isSkip(text), text);
  }

  @ParameterizedTest
  @CsvSource({"sí,true", "Si claro,true", "YES,true", "y,true", "oui,true", "Sim,true", "1,true", "no,false", "No gracias,false",
      "non,false", "não,false", "nao,false", "2,false"})
  void readsYesAndNo(String text, boolean yes) {
    assertEquals(Optional.of(yes), ConversationText.yesNo(text));
  }

  @ParameterizedTest
  @CsvSource({"Olá,PT", "ola,", "hola amigo,ES", "Good morning,EN", "bonsoir,FR", "Juan Pérez,"})
  void theOpeningWordTellsTheLanguageOrNot(String text, Language language) {
    assertEquals(Optional.ofNullable(language), ConversationText.openingLanguage(text));
  }
}
