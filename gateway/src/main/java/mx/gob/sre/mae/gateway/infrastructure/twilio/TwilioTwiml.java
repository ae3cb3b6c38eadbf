package mx.gob.sre.mae.gateway.infrastructure.twilio;

import com.twilio.http.HttpMethod;
import com.twilio.twiml.MessagingResponse;
import com.twilio.twiml.TwiML;
import com.twilio.twiml.VoiceResponse;
import com.twilio.twiml.messaging.Message;
import com.twilio.twiml.voice.Gather;
import com.twilio.twiml.voice.Hangup;
import com.twilio.twiml.voice.Record;
import com.twilio.twiml.voice.Redirect;
import com.twilio.twiml.voice.Say;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import mx.gob.sre.mae.gateway.application.phone.PhoneResponses;
import mx.gob.sre.mae.gateway.application.phone.VoiceScript;

/**
 * Renders the phone webhooks' answers as TwiML with the SDK's builders, which escape the text, so a
 * family's words or a translated prompt can never break (or inject into) the XML. Prompts are spoken
 * by an Amazon Polly voice of the caller's language; every callback is a POST. A malformed callback URL
 * fails here rather than being silently left out (which would make Twilio post back to the same URL).
 */
public class TwilioTwiml implements PhoneResponses {

  /** The languages calls are answered in, Spanish (Mexico) first: an unknown language falls back to it. */
  enum Voice {
    ES(Say.Language.ES_MX, Say.Voice.POLLY_MIA),
    EN(Say.Language.EN_US, Say.Voice.POLLY_JOANNA),
    FR(Say.Language.FR_FR, Say.Voice.POLLY_LEA),
    PT(Say.Language.PT_BR, Say.Voice.POLLY_CAMILA);

    final Say.Language language;
    final Say.Voice voice;

    Voice(Say.Language language, Say.Voice voice) {
      this.language = language;
      this.voice = voice;
    }

    /** es, en, fr or pt (a region such as es-MX is ignored); anything else is Spanish. */
    static Voice of(String language) {
      String code = language == null ? "" : language.strip().toUpperCase(Locale.ROOT);
      code = code.length() > 2 ? code.substring(0, 2) : code;
      for (Voice v : values()) {
        if (v.name().equals(code)) {
          return v;
        }
      }
      return ES;
    }
  }

  @Override
  public String messageReply(String text) {
    MessagingResponse.Builder response = new MessagingResponse.Builder();
    if (text != null && !text.isBlank()) {
      response.message(new Message.Builder(text).build());
    }
    return xml(response.build());
  }

  @Override
  public String voice(VoiceScript script) {
    List<Say> prompts = script.prompts().stream().map(p -> {
      Voice voice = Voice.of(p.language());
      return new Say.Builder(p.text()).voice(voice.voice).language(voice.language).build();
    }).toList();
    VoiceResponse.Builder response = new VoiceResponse.Builder();
    if (script.gather() != null) {
      Gather.Builder gather = new Gather.Builder()
          .inputs(Gather.Input.DTMF)
          .numDigits(script.gather().numDigits())
          .timeout(script.gather().timeoutSeconds())
          .action(URI.create(script.gather().actionUrl()))
          .method(HttpMethod.POST);
      prompts.forEach(gather::say);
      response.gather(gather.build());
    } else {
      prompts.forEach(response::say);
    }
    if (script.record() != null) {
      Record.Builder record = new Record.Builder()
          .action(URI.create(script.record().actionUrl()))
          .method(HttpMethod.POST)
          .maxLength(script.record().maxLengthSeconds())
          .playBeep(true);
      if (script.record().recordingStatusCallbackUrl() != null) {
        record.recordingStatusCallback(URI.create(script.record().recordingStatusCallbackUrl())).recordingStatusCallbackMethod(HttpMethod.POST);
      }
      response.record(record.build());
    }
    if (script.redirectUrl() != null) {
      response.redirect(new Redirect.Builder(URI.create(script.redirectUrl())).method(HttpMethod.POST).build());
    }
    if (script.hangup()) {
      response.hangup(new Hangup.Builder().build());
    }
    return xml(response.build());
  }

  private static String xml(TwiML twiml) {
    try {
      return twiml.toXml();
    } catch (RuntimeException e) {
      throw new IllegalStateException("TwiML could not be rendered: " + e.getMessage(), e);
    }
  }
}
