package mx.gob.sre.mae.gateway.application.intake;

import java.util.List;
import mx.gob.sre.mae.i18n.Language;

/** A report that cannot be accepted as sent; carries every problem found and the reporter's language. */
public class InvalidReportException extends RuntimeException {

  private final transient List<Violation> violations;
  private final Language language;

  public InvalidReportException(List<Violation> violations, Language language) {
    super(violations.size() + " problem(s) in report: " + violations);
    this.violations = List.copyOf(violations);
    this.language = language;
  }

  public List<Violation> violations() {
    return violations;
  }

  public Language language() {
    return language;
  }
}
