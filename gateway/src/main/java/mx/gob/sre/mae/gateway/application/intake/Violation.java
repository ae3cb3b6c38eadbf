package mx.gob.sre.mae.gateway.application.intake;

import java.util.List;
import java.util.Locale;
import mx.gob.sre.mae.i18n.Messages;

/** One problem with a report: the field it concerns, a message key of the i18n bundles, arguments. */
public record Violation(String field, String messageKey, List<Object> arguments) {

  public Violation {
    arguments = List.copyOf(arguments);
  }

  public static Violation of(String field, String messageKey, Object... arguments) {
    return new Violation(field, messageKey, List.of(arguments));
  }

  public String message(Locale locale) {
    return Messages.text(locale, messageKey, arguments.toArray());
  }
}
