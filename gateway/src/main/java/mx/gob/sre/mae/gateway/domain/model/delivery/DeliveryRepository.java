package mx.gob.sre.mae.gateway.domain.model.delivery;

import java.util.List;
import java.util.Optional;

/** Port: the outbox rows, as the application reads and changes them (claims are the dispatcher's). */
public interface DeliveryRepository {

  void add(Delivery delivery);

  Optional<Delivery> find(long id);

  List<Delivery> ofCase(long caseId);

  /** Recipients that already received any version of the case (they get every later version). */
  List<String> recipientsOf(long caseId);

  /** Delivered messages of one agency, newest first. */
  List<Delivery> deliveredTo(String recipient, int offset, int limit);

  List<Delivery> withStatus(DeliveryStatus status, int limit);

  /** The notices of one humanitarian visa request (kind VISA_NOTICE), by recipient. */
  List<Delivery> visaNoticesOf(String reference);

  /** The result deliveries of one support request (kind SUPPORT_RESULT). */
  List<Delivery> supportResultsOf(String reference);
}
