package mx.gob.sre.mae.gateway.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import mx.gob.sre.mae.gateway.application.intake.AttachmentPolicy;

/** Application policies whose limits come from configuration. */
@ApplicationScoped
public class ConfiguredPolicies {

  @Produces
  @ApplicationScoped
  AttachmentPolicy attachmentPolicy() {
    return new AttachmentPolicy(MaeConfig.MAX_UPLOAD_MB.getInt() * 1024L * 1024L);
  }
}
