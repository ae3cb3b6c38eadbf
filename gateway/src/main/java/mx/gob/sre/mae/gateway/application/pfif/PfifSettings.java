package mx.gob.sre.mae.gateway.application.pfif;

import jakarta.enterprise.context.ApplicationScoped;
import mx.gob.sre.mae.gateway.infrastructure.config.MaeConfig;
import mx.gob.sre.mae.routes.pfif.PfifReader;

/** The PFIF settings from configuration: our repository domain and the import's size limit. */
@ApplicationScoped
public class PfifSettings {

  public PfifIds ids() {
    return new PfifIds(MaeConfig.PFIF_DOMAIN.get().strip().toLowerCase(java.util.Locale.ROOT));
  }

  /** The reader for imports: the byte limit is MAE_PFIF_MAX_IMPORT_MB; records, field length and nesting as the defaults. */
  public PfifReader importReader() {
    PfifReader.Limits d = PfifReader.Limits.DEFAULTS;
    return new PfifReader(new PfifReader.Limits(MaeConfig.PFIF_MAX_IMPORT_MB.getInt() * 1024L * 1024L, d.maxRecords(), d.maxFieldChars(),
        d.maxDepth()));
  }
}
