package mx.gob.sre.mae.gateway.domain.model.consulate;

import java.util.List;
import java.util.Optional;

/** Port: the consular network. */
public interface ConsulateRepository {

  /** The desk of the Mechanism that takes reports no consulate was chosen for. */
  String CENTRAL_DESK = "MAE-CENTRAL";

  Optional<Consulate> find(String code);

  List<Consulate> all();
}
