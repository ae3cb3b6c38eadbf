package mx.gob.sre.mae.gateway.infrastructure.config;

/** Bad configuration: the message names the key, so the operator knows what to fix. */
public class InvalidConfigurationException extends RuntimeException {

  public InvalidConfigurationException(MaeConfig key, String problem) {
    super("Configuration " + key.key() + " " + problem + " (" + key.description() + ")");
  }
}
