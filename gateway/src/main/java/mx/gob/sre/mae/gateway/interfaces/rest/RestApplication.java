package mx.gob.sre.mae.gateway.interfaces.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/** REST API v1 under /api; its OpenAPI document is served at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info = @Info(
        title = "MAE consular reporting gateway",
        version = "1",
        description = "Reports of persons who disappeared in Mexico, received by Mexican consulates abroad."))
public class RestApplication extends Application {

  /**
   * Multipart bodies (an authority's notification with its documents) as Jakarta REST EntityParts:
   * Payara's Jersey has the feature but does not switch it on by itself. Named, not imported, so the
   * application does not compile against Jersey.
   */
  @Override
  public java.util.Map<String, Object> getProperties() {
    return java.util.Map.of("jersey.config.server.provider.classnames", "org.glassfish.jersey.media.multipart.MultiPartFeature");
  }
}
