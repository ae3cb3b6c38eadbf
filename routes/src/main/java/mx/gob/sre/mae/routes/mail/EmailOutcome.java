package mx.gob.sre.mae.routes.mail;

/** What became of a received email. */
public record EmailOutcome(Kind kind, String folio, String messageKey) {

  /**
   * CREATED a preliminary case; APPENDED to an existing case; DUPLICATE of one already taken; IGNORED auto-reply; QUARANTINED
   * unreadable; AUTHORITY: from a registered foreign authority's address, taken as its notification for an officer to classify.
   */
  public enum Kind {
    CREATED,
    AUTHORITY,
    APPENDED,
    DUPLICATE,
    IGNORED,
    QUARANTINED
  }
}
