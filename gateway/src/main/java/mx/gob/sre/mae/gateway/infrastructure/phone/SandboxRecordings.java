package mx.gob.sre.mae.gateway.infrastructure.phone;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import mx.gob.sre.mae.gateway.application.phone.VoiceRecordings;

/**
 * Recordings in the SMS sandbox, where no call really happened: each recording is one second of
 * silence (a real WAV file made with the JDK's sound API), so the whole path (storage by SHA-256,
 * attachment, update to the recipients) runs without a Twilio account. Never used once Twilio is configured.
 */
public class SandboxRecordings implements VoiceRecordings {

  @Override
  public Recording fetch(String recordingUrl) {
    AudioFormat format = new AudioFormat(8000f, 16, 1, true, false);
    byte[] silence = new byte[16000];
    try (AudioInputStream in = new AudioInputStream(new java.io.ByteArrayInputStream(silence), format, 8000);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
      return new Recording(out.toByteArray(), "audio/wav");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
