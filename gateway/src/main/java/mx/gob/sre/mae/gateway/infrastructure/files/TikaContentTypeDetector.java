package mx.gob.sre.mae.gateway.infrastructure.files;

import jakarta.enterprise.context.ApplicationScoped;
import mx.gob.sre.mae.gateway.application.intake.ContentTypeDetector;
import org.apache.tika.Tika;

/** Media type from the file's magic bytes (Apache Tika), ignoring whatever name it came with. */
@ApplicationScoped
public class TikaContentTypeDetector implements ContentTypeDetector {

  private final Tika tika = new Tika();

  @Override
  public String detect(byte[] content) {
    return tika.detect(content);
  }
}
