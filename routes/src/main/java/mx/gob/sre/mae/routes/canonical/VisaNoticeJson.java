package mx.gob.sre.mae.routes.canonical;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** The visa notice as JSON (JSON-B): written once into the outbox, read back only to render its PDF. */
public final class VisaNoticeJson {

  private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(true));

  private VisaNoticeJson() {}

  public static String toJson(VisaNotice notice) {
    return JSONB.toJson(notice);
  }

  public static VisaNotice fromJson(String json) {
    return JSONB.fromJson(json, VisaNotice.class);
  }
}
