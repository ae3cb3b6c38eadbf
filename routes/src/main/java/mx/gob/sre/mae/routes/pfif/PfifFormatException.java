package mx.gob.sre.mae.routes.pfif;

import java.util.List;

/**
 * A document that is not acceptable PFIF 1.4: not well-formed XML, a DTD (refused, so no entity can
 * expand or reach outside), another namespace, a missing required field, a value not in the format
 * the specification gives, or past a size limit. The {@link Reason} and its arguments let the caller
 * explain it in the user's language; the message is the same in English for logs.
 */
public class PfifFormatException extends RuntimeException {

  /** What is wrong; the gateway has one message per reason ({@code error.pfif.<reason>}). */
  public enum Reason {
    /** Not well-formed XML (args: line, parser message). */
    NOT_XML,
    /** A DOCTYPE declaration: refused outright (args: line). */
    DTD,
    /** The root is not {@code pfif} in the PFIF 1.4 namespace (args: the root found). */
    NOT_PFIF,
    /** A required field is missing (args: record, field). */
    MISSING_FIELD,
    /** A field's value is not in its format (args: record, field, value). */
    BAD_VALUE,
    /** An element that PFIF 1.4 does not define in this place (args: record, element). */
    UNKNOWN_ELEMENT,
    /** Over a limit of the reader: bytes, records, field length or nesting (args: what, limit). */
    TOO_LARGE
  }

  private final Reason reason;
  private final List<String> args;

  public PfifFormatException(Reason reason, String... args) {
    super(reason + ": " + String.join(", ", args));
    this.reason = reason;
    this.args = List.of(args);
  }

  public Reason reason() {
    return reason;
  }

  /** The arguments of the message, in the order the reason documents. */
  public List<String> args() {
    return args;
  }
}
