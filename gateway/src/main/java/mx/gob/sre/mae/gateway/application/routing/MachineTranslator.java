package mx.gob.sre.mae.gateway.application.routing;

import java.util.Optional;

/** Port: a machine-translation service; off (empty) unless configured. */
public interface MachineTranslator {

  boolean enabled();

  /** The engine's name, recorded as provenance ("libretranslate"). */
  String name();

  /** The Spanish translation of {@code text} from {@code fromLanguage}, or empty if the service failed. */
  Optional<String> toSpanish(String text, String fromLanguage);
}
