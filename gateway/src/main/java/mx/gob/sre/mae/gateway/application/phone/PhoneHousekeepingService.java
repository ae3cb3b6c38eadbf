package mx.gob.sre.mae.gateway.application.phone;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import mx.gob.sre.mae.gateway.application.ContainerWork;
import mx.gob.sre.mae.routes.phone.PhoneHousekeeping;

/** The phone channel's periodic work, from the housekeeping route's timer onto container threads. */
@ApplicationScoped
public class PhoneHousekeepingService implements PhoneHousekeeping {

  @Inject ContainerWork work;
  @Inject VoiceService voice;
  @Inject TextIntakeService texts;

  @Override
  public int storeRecordings() {
    return work.call("Storing call recordings", Duration.ofMinutes(5), () -> {
      int stored = 0;
      for (String callSid : voice.awaitingRecording(20)) {
        if (voice.storeRecording(callSid)) {
          stored++;
        }
      }
      return stored;
    });
  }

  @Override
  public int timeOutConversations() {
    return work.call("Timing out conversations", Duration.ofMinutes(2), () -> texts.timeOut(50));
  }
}
