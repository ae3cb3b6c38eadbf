package mx.gob.sre.mae.gateway.application.intake;

/** Port: the media type of a file judged by its content, never by its name. */
public interface ContentTypeDetector {

  String detect(byte[] content);
}
