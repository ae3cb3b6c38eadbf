package mx.gob.sre.mae.routes.canonical;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** The support result as JSON (JSON-B): written once into the outbox, read back only to render its PDF. */
public final class SupportResultJson {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  private SupportResultJson() {}

  public static String toJson(SupportResult result) {
    return JSONB.toJson(result);
  }

  public static SupportResult fromJson(String json) {
    return JSONB.fromJson(json, SupportResult.class);
  }
}
