package mx.gob.sre.mae.gateway.application.phone;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import mx.gob.sre.mae.gateway.application.intake.LastSeenData;
import mx.gob.sre.mae.gateway.application.intake.MissingPersonData;
import mx.gob.sre.mae.gateway.application.intake.ReportCommand;
import mx.gob.sre.mae.gateway.application.intake.ReporterData;
import mx.gob.sre.mae.gateway.application.phone.ConversationAnswers.PersonName;
import mx.gob.sre.mae.gateway.application.phone.ConversationState.Step;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;

/**
 * Turns what a text conversation gathered into the intake's {@link ReportCommand}, so an SMS or
 * WhatsApp report enters the same validation, routing and history as every other channel. The
 * coded fields carry what could be read; the circumstances carry every answer word for word, so
 * nothing the family wrote is lost to a wrong reading.
 */
public final class ConversationReport {

  /** {@link ReporterData}'s phone constraint: a number that fails it goes to the address instead. */
  private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,24}");
  private static final Pattern CHANNEL_PREFIX = Pattern.compile("(?i)^[a-z]+:");
  private static final DateTimeFormatter STARTED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final int MAX_NAME_PART = 200;
  private static final int MAX_PLACE = 300;
  private static final int MAX_CIRCUMSTANCES = 20000;

  private ConversationReport() {}

  /**
   * The report of a conversation. The reporter is the number it came from (named, e.g., "WhatsApp
   * +15551234567", since a text conversation does not ask the reporter's own name), in the
   * conversation's language.
   *
   * @param fromNumber the sender as the provider gives it ({@code +15551234567} or {@code whatsapp:+15551234567})
   * @param channelLabel how the report arrived, as written in the report: "SMS" or "WhatsApp"
   */
  public static ReportCommand toCommand(ConversationState state, String fromNumber, String channelLabel) {
    Objects.requireNonNull(state, "state");
    String number = CHANNEL_PREFIX.matcher(Objects.requireNonNull(fromNumber, "fromNumber").strip()).replaceFirst("").strip();
    Language language = state.language() == null ? Language.DEFAULT : state.language();
    ConversationAnswers a = state.answers();

    ReportCommand command = new ReportCommand();
    command.setLanguage(language.tag());
    ReporterData reporter = new ReporterData();
    reporter.setName(channelLabel + " " + number);
    if (PHONE.matcher(number).matches()) {
      reporter.setPhone(number);
    } else {
      reporter.setAddress(channelLabel + ": " + number);
    }
    reporter.setRelationship(a.known(Step.RELATIONSHIP) ? a.relationshipCode() : null);
    command.setReporter(reporter);

    MissingPersonData person = new MissingPersonData();
    PersonName name = a.personName();
    person.setGivenNames(limit(name.givenNames(), MAX_NAME_PART));
    person.setFirstSurname(limit(name.firstSurname(), MAX_NAME_PART));
    person.setSecondSurname(limit(name.secondSurname(), MAX_NAME_PART));
    LocalDate birth = a.dateOfBirth();
    LocalDate seenOn = a.known(Step.WHEN) ? a.lastSeenDate() : null;
    boolean birthAfterSeen = birth != null && seenOn != null && birth.isAfter(seenOn);
    person.setDateOfBirth(birth == null || birthAfterSeen ? null : birth.toString());
    person.setApproximateAge(a.approximateAge());
    LastSeenData seen = new LastSeenData();
    seen.setDate(seenOn == null ? null : seenOn.toString());
    seen.setPlace(a.known(Step.PLACE) ? limit(a.raw(Step.PLACE), MAX_PLACE) : null);
    seen.setState(a.known(Step.PLACE) ? a.stateCode() : null);
    person.setLastSeen(seen);
    command.getMissingPersons().add(person);

    command.setCircumstances(transcript(state, language, number, channelLabel));
    return command;
  }

  /** The conversation as the consulate and the authorities read it: each question's label, then the answer as written. */
  static String transcript(ConversationState state, Language language, String number, String channelLabel) {
    ConversationAnswers a = state.answers();
    StringBuilder sb = new StringBuilder(Messages.text(language, "sms.transcript.header", channelLabel, number,
        state.createdAt() == null ? "?" : STARTED.format(state.createdAt())));
    if (a.opening() != null) {
      line(sb, text(language, "sms.label.opening"), a.opening());
    }
    for (Step question : Step.QUESTIONS) {
      String answer = a.asked(question) ? a.raw(question) : text(language, "receipt.noData");
      line(sb, text(language, "sms.label." + question.name().toLowerCase(Locale.ROOT)), answer);
    }
    String transcript = sb.toString();
    return transcript.length() > MAX_CIRCUMSTANCES ? transcript.substring(0, MAX_CIRCUMSTANCES - 100) + "\n[…]" : transcript;
  }

  private static void line(StringBuilder sb, String label, String value) {
    sb.append('\n').append(label).append(": ").append(value);
  }

  private static String text(Language language, String key) {
    return Messages.text(language, key);
  }

  private static String limit(String text, int max) {
    return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
