package mx.gob.sre.mae.gateway.domain.model.mail;

import java.util.List;
import java.util.Optional;

/** Port: the record of received emails (one per Message-ID or content hash). */
public interface ReceivedEmailRepository {

  boolean contains(String messageKey);

  void add(ReceivedEmail email);

  Optional<ReceivedEmail> find(long id);

  List<ReceivedEmail> withOutcome(String consulateCode, String outcome, int limit);
}
