package mx.gob.sre.mae.routes.canonical;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/** The canonical case as JSON (JSON-B), as it is stored in the outbox and read back at delivery. */
public final class CanonicalJson {

  private static volatile Jsonb jsonb;

  private CanonicalJson() {}

  private static Jsonb jsonb() {
    Jsonb j = jsonb;
    if (j == null) {
      synchronized (CanonicalJson.class) {
        if (jsonb == null) {
          jsonb = JsonbBuilder.create();
        }
        j = jsonb;
      }
    }
    return j;
  }

  public static String toJson(CanonicalCase c) {
    return jsonb().toJson(c);
  }

  public static CanonicalCase fromJson(String json) {
    return jsonb().fromJson(json, CanonicalCase.class);
  }
}
