package mx.gob.sre.mae.gateway.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import mx.gob.sre.mae.routes.delivery.RecipientDirectory;
import mx.gob.sre.mae.routes.delivery.Webhook;
import mx.gob.sre.mae.routes.routing.Agencies;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Delivery channel per recipient from configuration: {@code MAE_DELIVERY_<AGENCY>} = inbox | webhook
 * (agency code upper-cased, ':' and '-' as '_': {@code MAE_DELIVERY_FGE_MX_VER}); a webhook needs
 * {@code _URL} (https, or http on localhost) and {@code _SECRET}; email needs {@code _ADDRESS} and MAE_SMTP_HOST. {@code MAE_DELIVERY_DEFAULT}
 * applies to agencies not named; it is "inbox" unless set.
 */
@ApplicationScoped
public class ConfiguredRecipientDirectory implements RecipientDirectory {

  static final String PREFIX = "MAE_DELIVERY_";

  private Config config() {
    return ConfigProvider.getConfig(ConfiguredRecipientDirectory.class.getClassLoader());
  }

  static String key(String recipient) {
    return PREFIX + recipient.toUpperCase(Locale.ROOT).replace(':', '_').replace('-', '_');
  }

  /** The agency's own keys when it has a channel configured, otherwise the default's. */
  private static String base(Config c, String recipient) {
    return c.getOptionalValue(key(recipient), String.class).isPresent() ? key(recipient) : PREFIX + "DEFAULT";
  }

  @Override
  public String channelOf(String recipient) {
    Config c = config();
    String channel = c.getOptionalValue(key(recipient), String.class)
        .or(() -> c.getOptionalValue(PREFIX + "DEFAULT", String.class))
        .orElse("inbox")
        .strip()
        .toUpperCase(Locale.ROOT);
    if (!channel.equals("INBOX") && !channel.equals("WEBHOOK") && !channel.equals("EMAIL")) {
      throw new IllegalStateException("Configuration " + key(recipient) + " (or " + PREFIX + "DEFAULT) must be 'inbox', 'webhook' or 'email', was '" + channel + "'");
    }
    return channel;
  }

  @Override
  public Optional<Webhook> webhookOf(String recipient) {
    Config c = config();
    String base = base(c, recipient);
    Optional<String> url = c.getOptionalValue(base + "_URL", String.class);
    Optional<String> secret = c.getOptionalValue(base + "_SECRET", String.class);
    return url.isPresent() && secret.isPresent() ? Optional.of(new Webhook(url.get().strip(), secret.get())) : Optional.empty();
  }

  @Override
  public Optional<String> emailOf(String recipient) {
    Config c = config();
    return c.getOptionalValue(base(c, recipient) + "_ADDRESS", String.class).map(String::strip).filter(a -> a.contains("@"));
  }

  /** Refuses to start on a recipient configured in a way deliveries would fail on; names the key. */
  public void validate() {
    java.util.List<String> agencies = new java.util.ArrayList<>(Agencies.all());
    agencies.add(Agencies.INM);
    for (String agency : agencies) {
      String channel = channelOf(agency);
      if (channel.equals("EMAIL")) {
        emailOf(agency).orElseThrow(() -> new IllegalStateException(
            "Configuration " + key(agency) + " is 'email' but " + key(agency) + "_ADDRESS is not an email address"));
        if (config().getOptionalValue("MAE_SMTP_HOST", String.class).filter(h -> !h.isBlank()).isEmpty()) {
          throw new IllegalStateException("Configuration " + key(agency) + " is 'email' but MAE_SMTP_HOST is not set");
        }
      }
      if (channel.equals("WEBHOOK")) {
        Webhook hook = webhookOf(agency).orElseThrow(() -> new IllegalStateException(
            "Configuration " + key(agency) + " is 'webhook' but " + key(agency) + "_URL and " + key(agency) + "_SECRET are not both set"));
        URI uri = URI.create(hook.url());
        boolean local = "localhost".equals(uri.getHost()) || "127.0.0.1".equals(uri.getHost());
        if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && local)) {
          throw new IllegalStateException("Configuration " + key(agency) + "_URL must be an https:// address (http only on localhost): " + hook.url());
        }
        if (hook.secret().length() < 16) {
          throw new IllegalStateException("Configuration " + key(agency) + "_SECRET must have at least 16 characters");
        }
      }
    }
  }
}
