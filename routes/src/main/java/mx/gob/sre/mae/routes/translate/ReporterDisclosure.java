package mx.gob.sre.mae.routes.translate;

import mx.gob.sre.mae.routes.canonical.CanonicalCase;

/** How much of the reporter a message to an authority shows, decided by the mode alone, never by which fields are filled. */
enum ReporterDisclosure {
  IDENTIFIED,
  ANONYMOUS,
  WITHHELD;

  /** IDENTIFIED and ANONYMOUS as recorded; WITHHELD, a missing reporter or an unknown mode disclose nothing. */
  static ReporterDisclosure of(CanonicalCase.Reporter reporter) {
    if (reporter == null || reporter.mode() == null) {
      return WITHHELD;
    }
    return switch (reporter.mode()) {
      case "IDENTIFIED" -> IDENTIFIED;
      case "ANONYMOUS" -> ANONYMOUS;
      default -> WITHHELD;
    };
  }
}
