package mx.gob.sre.mae.gateway.infrastructure.twilio;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import mx.gob.sre.mae.gateway.application.phone.VoiceRecordings.Recording;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Recordings come from Twilio only, with the account's credentials, as MP3. */
class TwilioRecordingFetcherTest {

  private static final String PATH = "/2010-04-01/Accounts/" + TwilioStub.ACCOUNT_SID + "/Recordings/RE557ce644e5ab84fa21cc21112e22c485";
  private static final byte[] AUDIO = {(byte) 0xFF, (byte) 0xFB, (byte) 0x90, 0x64, 0x00, 0x0F, (byte) 0xF0, 0x00};

  private final TwilioStub stub = new TwilioStub();
  private final TwilioRecordingFetcher fetcher = new TwilioRecordingFetcher(stub.settings());

  @AfterEach
  void stop() {
    stub.close();
  }

  @Test
  void fetchesTheMp3OfTwilioRecordingUrlWithBasicAuth() {
    stub.server.stubFor(get(urlEqualTo(PATH + ".mp3"))
        .withBasicAuth(TwilioStub.ACCOUNT_SID, TwilioStub.AUTH_TOKEN)
        .willReturn(aResponse().withStatus(200).withHeader("Content-Type", "audio/mpeg").withBody(AUDIO)));

    Recording recording = fetcher.fetch("https://api.twilio.com" + PATH);

    assertArrayEquals(AUDIO, recording.audio());
    assertEquals("audio/mpeg", recording.mediaType());
  }

  @Test
  void aMissingRecordingIsAnError() {
    stub.server.stubFor(get(urlEqualTo(PATH + ".mp3")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"code\": 20404, \"message\": \"The requested resource was not found\", \"status\": 404}")));

    IllegalStateException e = assertThrows(IllegalStateException.class, () -> fetcher.fetch("https://api.twilio.com" + PATH));

    assertTrue(e.getMessage().contains("404"), e.getMessage());
  }

  @Test
  void theConfiguredStubMayBeNamedDirectly() {
    stub.server.stubFor(get(urlEqualTo(PATH + ".wav")).willReturn(aResponse().withStatus(200).withBody(AUDIO)));

    Recording recording = fetcher.fetch(stub.baseUrl() + PATH + ".wav");

    assertEquals("audio/wav", recording.mediaType());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "https://evil.example/recording",
      "https://api.twilio.com.evil.example" + PATH,
      "http://api.twilio.com" + PATH,
      "https://user@api.twilio.com" + PATH,
      "http://169.254.169.254/latest/meta-data",
      "http://127.0.0.1:1" + PATH,
      "file:///etc/passwd",
      "not a url"})
  void refusesAnyOtherHostWithoutARequest(String url) {
    assertThrows(IllegalArgumentException.class, () -> fetcher.fetch(url));
    assertTrue(stub.server.findAll(anyRequestedFor(anyUrl())).isEmpty());
  }
}
