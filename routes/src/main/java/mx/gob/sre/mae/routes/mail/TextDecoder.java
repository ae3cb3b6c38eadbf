package mx.gob.sre.mae.routes.mail;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns text bytes into a string with the declared charset, or guesses (strict UTF-8, then Windows-1252) and says so. */
final class TextDecoder {

  static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  private static final Pattern CHARSET_TOKEN = Pattern.compile("[A-Za-z0-9._:+-]+");

  /** Decoded text and whether a charset had to be guessed. */
  record Decoded(String text, boolean guessed) {}

  private TextDecoder() {}

  /**
   * Decodes body text. ISO-8859-1 is read as Windows-1252 (as browsers do); a single-byte label on bytes that
   * are valid UTF-8 with non-ASCII sequences is taken as a mislabel; an unknown, absent or US-ASCII label on
   * 8-bit bytes, and a UTF-8 label on bytes that are not UTF-8, are guesses.
   */
  static Decoded decode(byte[] bytes, String declaredCharset) {
    if (hasUtf8Bom(bytes)) {
      return decodeUtf8Bom(bytes, declaredCharset);
    }
    Charset declared = charset(declaredCharset);
    if (declared != null && !isAsciiCompatible(declared)) {
      return new Decoded(new String(bytes, declared), false);
    }
    if (isAscii(bytes)) {
      return new Decoded(new String(bytes, StandardCharsets.US_ASCII), false);
    }
    if (declared == null || declared.equals(StandardCharsets.US_ASCII)) {
      return new Decoded(guess(bytes), true);
    }
    if (declared.equals(StandardCharsets.UTF_8)) {
      String utf8 = strictUtf8(bytes);
      return utf8 != null ? new Decoded(utf8, false) : new Decoded(new String(bytes, WINDOWS_1252), true);
    }
    if (isSingleByte(declared)) {
      String utf8 = strictUtf8(bytes);
      if (utf8 != null) {
        return new Decoded(utf8, true);
      }
      Charset effective = declared.equals(StandardCharsets.ISO_8859_1) ? WINDOWS_1252 : declared;
      return new Decoded(new String(bytes, effective), false);
    }
    String strict = strict(bytes, declared);
    return strict != null ? new Decoded(strict, false) : new Decoded(guess(bytes), true);
  }

  /**
   * Decodes header text read by Jakarta Mail one byte per char: raw UTF-8 (RFC 6532) is fine, anything else is
   * taken as Windows-1252 and counted as a guess.
   */
  static Decoded headerChars(String value) {
    boolean eightBit = false;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c > 0xFF) {
        return new Decoded(value, false);
      }
      eightBit |= c >= 0x80;
    }
    if (!eightBit) {
      return new Decoded(value, false);
    }
    byte[] bytes = value.getBytes(StandardCharsets.ISO_8859_1);
    String utf8 = strictUtf8(bytes);
    return utf8 != null ? new Decoded(utf8, false) : new Decoded(new String(bytes, WINDOWS_1252), true);
  }

  /** The charset of a MIME label, or null when it is empty or unknown to Java. */
  static Charset charset(String label) {
    if (label == null) {
      return null;
    }
    Matcher token = CHARSET_TOKEN.matcher(label);
    if (!token.find()) {
      return null;
    }
    String name = token.group();
    if (name.isEmpty()) {
      return null;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Strict UTF-8, then Windows-1252. */
  static String guess(byte[] bytes) {
    String utf8 = strictUtf8(bytes);
    return utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
  }

  static String strictUtf8(byte[] bytes) {
    return strict(bytes, StandardCharsets.UTF_8);
  }

  private static Decoded decodeUtf8Bom(byte[] bytes, String declaredCharset) {
    Charset declared = charset(declaredCharset);
    String utf8 = strictUtf8(Arrays.copyOfRange(bytes, 3, bytes.length));
    if (utf8 != null) {
      return new Decoded(utf8, declared != null && !declared.equals(StandardCharsets.UTF_8));
    }
    return new Decoded(new String(bytes, 3, bytes.length - 3, WINDOWS_1252), true);
  }

  private static String strict(byte[] bytes, Charset charset) {
    try {
      return charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean hasUtf8Bom(byte[] bytes) {
    return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiCompatible(Charset charset) {
    return charset.canEncode() && new String("A=\n".getBytes(StandardCharsets.US_ASCII), charset).equals("A=\n");
  }

  private static boolean isSingleByte(Charset charset) {
    return charset.canEncode() && charset.newEncoder().maxBytesPerChar() <= 1.0f;
  }
}
