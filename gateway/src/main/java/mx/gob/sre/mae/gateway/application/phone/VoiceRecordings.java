package mx.gob.sre.mae.gateway.application.phone;

/** Port: downloads a call recording from the provider, authenticated. */
public interface VoiceRecordings {

  /** The recording's audio bytes; throws when it cannot be fetched (the caller retries later). */
  Recording fetch(String recordingUrl);

  /** Audio and its media type (audio/mpeg or audio/wav). */
  record Recording(byte[] audio, String mediaType) {}
}
