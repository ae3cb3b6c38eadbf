package mx.gob.sre.mae.routes.delivery;

/** A recipient's HTTPS endpoint and the shared secret its deliveries are signed with (HMAC-SHA256). */
public record Webhook(String url, String secret) {

  @Override
  public String toString() {
    return "Webhook[" + url + "]";
  }
}
