package mx.gob.sre.mae.gateway.application.phone;

import java.util.List;

/**
 * One step of a call, provider-neutral. Rendered in this order: the prompts (inside the gather when
 * there is one, so the caller may answer before they end), then the recording, then a redirect, then
 * a hang-up.
 *
 * @param prompts sentences to speak, each in its own language (the language menu speaks four)
 * @param gather when not null, wait for digits and post them to its action URL
 * @param record when not null, record the caller and post the recording to its action URL
 * @param redirectUrl when not null, continue at this URL (e.g. when no digit was pressed)
 * @param hangup end the call
 */
public record VoiceScript(List<Prompt> prompts, Gather gather, Record record, String redirectUrl, boolean hangup) {

  public VoiceScript {
    prompts = List.copyOf(prompts);
  }

  /** A sentence and the language (es, en, fr or pt) it is spoken in. */
  public record Prompt(String language, String text) {}

  /** Wait for up to {@code numDigits} key presses. */
  public record Gather(String actionUrl, int numDigits, int timeoutSeconds) {}

  /** Record up to {@code maxLengthSeconds}; the finished recording is also reported to the status callback. */
  public record Record(String actionUrl, int maxLengthSeconds, String recordingStatusCallbackUrl) {}
}
