package mx.gob.sre.mae.gateway.domain.model.support;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Port: where support requests are kept. */
public interface SupportRequestRepository {

  /** The next reference serial; never reused, even after a rollback. */
  long nextReferenceSerial();

  void add(SupportRequest request);

  /** Writes pending changes now, so new result files have their ids. */
  void flush();

  Optional<SupportRequest> find(SupportReference reference);

  /** Requests addressed to one consulate, newest first. */
  List<SupportRequest> ofConsulate(String consulateCode, int offset, int limit);

  /** Requests made by one agency (null: every agency), newest first. */
  List<SupportRequest> ofAgency(String agencyCode, int offset, int limit);

  /** Open requests past their due time and not escalated yet, oldest due first. */
  List<SupportRequest> overdue(Instant now, int limit);
}
