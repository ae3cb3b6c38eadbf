package mx.gob.sre.mae.gateway.domain.model.visa;

import java.util.List;
import java.util.Optional;

/** Port: where humanitarian visa requests are kept. */
public interface VisaRequestRepository {

  /** The next reference serial; never reused, even after a rollback. */
  long nextReferenceSerial();

  void add(VisaRequest request);

  /** Writes pending changes now, so new appointments have their ids. */
  void flush();

  Optional<VisaRequest> find(VisaReference reference);

  /** A consulate's requests, newest first, optionally of one status. */
  List<VisaRequest> ofConsulate(String consulateCode, VisaStatus status, int offset, int limit);

  /** Every request's consulate, status and times (no personal data), for the supervisor view. */
  List<Timing> timings();

  /** When a request was made and, once final, decided. */
  record Timing(String consulateCode, VisaStatus status, java.time.Instant appliedAt, java.time.Instant decidedAt) {}
}
