package mx.gob.sre.mae.gateway.infrastructure.twilio;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.logging.Logger;
import mx.gob.sre.mae.gateway.application.phone.PhoneResponses;
import mx.gob.sre.mae.gateway.application.phone.SandboxMessages;
import mx.gob.sre.mae.gateway.application.phone.VoiceRecordings;
import mx.gob.sre.mae.gateway.application.phone.WebhookSignatureVerifier;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.gateway.infrastructure.phone.SandboxCredentials;
import mx.gob.sre.mae.gateway.infrastructure.phone.SandboxRecordings;
import mx.gob.sre.mae.gateway.infrastructure.phone.SandboxTextMessages;
import mx.gob.sre.mae.routes.notify.TextMessageTransport;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Binds the phone ports: Twilio when MAE_TWILIO_ACCOUNT_SID and MAE_TWILIO_AUTH_TOKEN are set; else,
 * in the embedded default (demo data), the SMS sandbox with its own generated auth token, so webhook
 * signatures are checked there too. Without either, every webhook is refused and texts wait (retried,
 * then parked) until Twilio is configured.
 */
@ApplicationScoped
public class TwilioAdapters {

  private static final Logger LOG = Logger.getLogger(TwilioAdapters.class.getName());

  private volatile TwilioSettings settings;
  private final SandboxTextMessages sandboxTexts = new SandboxTextMessages();

  /** The configured settings; in the sandbox, with the sandbox's auth token. */
  public TwilioSettings settings() {
    if (settings == null) {
      TwilioSettings configured = TwilioSettings.fromConfig(ConfigProvider.getConfig(TwilioAdapters.class.getClassLoader()));
      if (!configured.configured() && sandbox()) {
        configured = new TwilioSettings(configured.accountSid(), SandboxCredentials.authToken(), configured.apiUrl(),
            configured.smsFrom(), configured.messagingServiceSid(), configured.whatsAppFrom(), configured.whatsAppTemplateSid(),
            configured.publicUrl(), configured.timeout());
        LOG.info("Twilio is not configured: the SMS sandbox answers, with the auth token in MAE_DATA_DIR/" + SandboxCredentials.FILE_NAME);
      } else if (!configured.configured()) {
        LOG.warning("Twilio is not configured (MAE_TWILIO_ACCOUNT_SID, MAE_TWILIO_AUTH_TOKEN): phone webhooks are refused");
      }
      settings = configured;
    }
    return settings;
  }

  /** The SMS sandbox stands in for Twilio: no credentials, and the embedded default (or demo data). */
  public boolean sandbox() {
    TwilioSettings configured = TwilioSettings.fromConfig(ConfigProvider.getConfig(TwilioAdapters.class.getClassLoader()));
    return !configured.configured() && MaeConfig.demoData();
  }

  /** At start-up, so the sandbox's token file exists before the first webhook (the sandbox script reads it). */
  void start(@jakarta.enterprise.event.Observes @jakarta.enterprise.context.Initialized(ApplicationScoped.class) Object start) {
    settings();
  }

  @Produces
  @ApplicationScoped
  TextMessageTransport textMessages() {
    return sandbox() ? sandboxTexts : new TwilioSmsGateway(settings());
  }

  @Produces
  @ApplicationScoped
  SandboxMessages sandboxMessages() {
    if (sandbox()) {
      return sandboxTexts;
    }
    return new SandboxMessages() {
      @Override
      public boolean active() {
        return false;
      }

      @Override
      public java.util.List<SentText> recent(int limit) {
        return java.util.List.of();
      }
    };
  }

  @Produces
  @ApplicationScoped
  WebhookSignatureVerifier signatures() {
    return new TwilioSignatureVerifier(settings());
  }

  @Produces
  @ApplicationScoped
  VoiceRecordings recordings() {
    return sandbox() ? new SandboxRecordings() : new TwilioRecordingFetcher(settings());
  }

  @Produces
  @ApplicationScoped
  PhoneResponses responses() {
    return new TwilioTwiml();
  }
}
