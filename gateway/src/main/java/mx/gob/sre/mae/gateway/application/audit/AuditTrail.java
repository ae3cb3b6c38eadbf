package mx.gob.sre.mae.gateway.application.audit;

import java.util.List;

/**
 * Port: the append-only, hash-chained record of every read, export, change, delivery and replay of
 * case data (issue #9: chain of custody). Who, role and from where come from {@link RequestOrigin};
 * when is the time of the append. An event recorded inside a transaction is rolled back with it:
 * the log never claims a change that did not happen.
 */
public interface AuditTrail {

  /** Object types. */
  String CASE = "case";
  String CONSULATE = "consulate";
  String AGENCY = "agency";
  String EMAIL = "email";
  String AUDIT = "audit";
  String PFIF = "pfif";

  void record(String action, String objectType, String objectId, String detail);

  /** The events about one object, oldest first. */
  List<AuditRecord> of(String objectType, String objectId);

  /** Recomputes the whole chain; names the first event that does not fit. */
  ChainVerification verify();
}
