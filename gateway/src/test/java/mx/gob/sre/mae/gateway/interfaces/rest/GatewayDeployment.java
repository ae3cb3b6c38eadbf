package mx.gob.sre.mae.gateway.interfaces.rest;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The ITs deploy the WAR the build produced, exactly as it ships (at "/"). */
public final class GatewayDeployment {

  private GatewayDeployment() {}

  public static WebArchive war() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(new File(System.getProperty("mae.test.war", "target/mae-gateway.war")))
        .as(WebArchive.class);
  }
}
