package mx.gob.sre.mae.gateway.infrastructure.twilio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import mx.gob.sre.mae.gateway.application.phone.VoiceScript;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/** The TwiML the webhooks answer, read back as XML: structure, attributes, order and escaping. */
class TwilioTwimlTest {

  private static final String BASE = "https://mae.example.gob.mx/twilio/voice";

  private final TwilioTwiml twiml = new TwilioTwiml();

  @Test
  void aMenuSpeaksItsPromptsInsideTheGatherThenRedirects() {
    String xml = twiml.voice(new VoiceScript(List.of(new VoiceScript.Prompt("es", "Bienvenido al MAE."), new VoiceScript.Prompt("en", "To report, press 1.")),
        new VoiceScript.Gather(BASE + "/menu?step=1&lang=es", 1, 6), null, BASE + "/menu?retry=1", false));

    Element response = parse(xml);
    assertEquals(List.of("Gather", "Redirect"), names(children(response)));
    Element gather = children(response).get(0);
    assertEquals(Map.of("input", "dtmf", "numDigits", "1", "timeout", "6", "action", BASE + "/menu?step=1&lang=es", "method", "POST"),
        attributes(gather));
    List<Element> says = children(gather);
    assertEquals(List.of("Say", "Say"), names(says));
    assertEquals("Bienvenido al MAE.", says.get(0).getTextContent());
    assertEquals(Map.of("language", "es-MX", "voice", "Polly.Mia"), attributes(says.get(0)));
    assertEquals("en-US", attributes(says.get(1)).get("language"), "each prompt in its own language");
    Element redirect = children(response).get(1);
    assertEquals(BASE + "/menu?retry=1", redirect.getTextContent());
    assertEquals("POST", redirect.getAttribute("method"));
  }

  @Test
  void aRecordingStepSpeaksThenRecordsThenHangsUp() {
    String xml = twiml.voice(new VoiceScript(List.of(new VoiceScript.Prompt("fr", "Décrivez la situation après le bip.")), null,
        new VoiceScript.Record(BASE + "/recorded", 120, BASE + "/recording-status"), null, true));

    Element response = parse(xml);
    assertEquals(List.of("Say", "Record", "Hangup"), names(children(response)));
    assertEquals("fr-FR", children(response).get(0).getAttribute("language"));
    assertEquals(Map.of("action", BASE + "/recorded", "method", "POST", "maxLength", "120", "playBeep", "true",
        "recordingStatusCallback", BASE + "/recording-status", "recordingStatusCallbackMethod", "POST"), attributes(children(response).get(1)));
  }

  @Test
  void eachLanguageHasItsVoiceAndAnUnknownOneIsSpanish() {
    assertEquals("en-US Polly.Joanna", languageAndVoice("en"));
    assertEquals("pt-BR Polly.Camila", languageAndVoice("pt-BR"));
    assertEquals("fr-FR Polly.Lea", languageAndVoice("FR"));
    assertEquals("es-MX Polly.Mia", languageAndVoice("nah"));
    assertEquals("es-MX Polly.Mia", languageAndVoice(null));
  }

  @Test
  void spokenTextIsEscaped() {
    String prompt = "<script>alert('x')</script> Tom & Jerry \"quoted\"";

    String xml = twiml.voice(new VoiceScript(List.of(new VoiceScript.Prompt("en", prompt)), null, null, null, true));

    assertFalse(xml.contains("<script>"), xml);
    assertTrue(xml.contains("&lt;script&gt;"), xml);
    assertTrue(xml.contains("Tom &amp; Jerry"), xml);
    assertEquals(prompt, children(parse(xml)).get(0).getTextContent());
  }

  @Test
  void aMessageReplyIsEscapedAndNoTextMeansNoMessage() {
    String text = "Recibimos su reporte <MAE-2026-000123> & lo atendemos.";

    Element reply = parse(twiml.messageReply(text));

    assertEquals(List.of("Message"), names(children(reply)));
    assertEquals(text, children(reply).get(0).getTextContent());
    assertTrue(children(parse(twiml.messageReply(null))).isEmpty());
    assertTrue(children(parse(twiml.messageReply("  "))).isEmpty());
  }

  private String languageAndVoice(String language) {
    Element say = children(parse(twiml.voice(new VoiceScript(List.of(new VoiceScript.Prompt(language, "Hola")), null, null, null, false)))).get(0);
    return say.getAttribute("language") + " " + say.getAttribute("voice");
  }

  /** The document's root, which must be {@code <Response>}. */
  private static Element parse(String xml) {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      Element root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
      assertEquals("Response", root.getTagName());
      return root;
    } catch (Exception e) {
      throw new AssertionError("not XML: " + xml, e);
    }
  }

  private static List<Element> children(Element parent) {
    List<Element> elements = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        elements.add(e);
      }
    }
    return elements;
  }

  private static List<String> names(List<Element> elements) {
    return elements.stream().map(Element::getTagName).toList();
  }

  private static Map<String, String> attributes(Element element) {
    NamedNodeMap attributes = element.getAttributes();
    Map<String, String> map = new java.util.TreeMap<>();
    for (int i = 0; i < attributes.getLength(); i++) {
      map.put(attributes.item(i).getNodeName(), attributes.item(i).getNodeValue());
    }
    return map;
  }
}
