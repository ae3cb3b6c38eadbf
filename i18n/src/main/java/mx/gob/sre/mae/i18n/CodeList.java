package mx.gob.sre.mae.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;

/**
 * The coded lists of the case model (after the national register's drop-down lists): codes are
 * stored and forwarded, labels are only shown. Codes live in {@code codelists.properties}; labels in
 * the message bundles ({@code code.LIST.CODE}) or, for proper names that do not change with the
 * language, in {@code names.properties}.
 */
public enum CodeList {
  SEX,
  RELATIONSHIP,
  MX_STATE,
  EYE_COLOUR,
  HAIR_COLOUR,
  COMPLEXION,
  BUILD,
  CHANNEL,
  CASE_STATUS,
  REPORTER_MODE;

  private final List<String> codes;

  CodeList() {
    String listed = Resources.CODES.getProperty(name());
    if (listed == null) {
      throw new IllegalStateException("codelists.properties has no line for " + name());
    }
    this.codes = Arrays.stream(listed.split(",")).map(String::strip).toList();
  }

  public List<String> codes() {
    return codes;
  }

  public boolean contains(String code) {
    return code != null && codes.contains(code);
  }

  /** The label of {@code code} in the language of {@code locale}. */
  public String label(String code, Locale locale) {
    if (!contains(code)) {
      throw new IllegalArgumentException("Unknown " + name() + " code: " + code);
    }
    String key = messageKey(code);
    ResourceBundle bundle = Messages.bundle(locale);
    if (bundle.containsKey(key)) {
      return bundle.getString(key);
    }
    String name = Resources.NAMES.getProperty(key);
    if (name == null) {
      throw new IllegalStateException("No label for " + key + " in " + bundle.getLocale());
    }
    return name;
  }

  public String messageKey(String code) {
    return "code." + name() + "." + code;
  }

  /** Holder: enum constants are built before an enum's own static fields. */
  private static final class Resources {
    static final Properties CODES = load("codelists.properties");
    static final Properties NAMES = load("names.properties");
  }

  private static Properties load(String resource) {
    Properties properties = new Properties();
    try (InputStream in = CodeList.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties;
  }
}
