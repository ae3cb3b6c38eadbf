package mx.gob.sre.mae.gateway.domain.model.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** How a {@link Translation} is stored with its case version. */
@Embeddable
public class TextTranslation {

  @Column(nullable = false)
  private String field;

  @Column(nullable = false, length = 20000)
  private String text;

  @Column(name = "translated_by", nullable = false)
  private String translatedBy;

  @Column(name = "translated_at", nullable = false)
  private OffsetDateTime translatedAt;

  @Column(name = "from_language", nullable = false)
  private String fromLanguage;

  protected TextTranslation() {}

  TextTranslation(Translation t) {
    this.field = t.field();
    this.text = t.text();
    this.translatedBy = t.translatedBy();
    this.translatedAt = t.translatedAt().atOffset(ZoneOffset.UTC);
    this.fromLanguage = t.fromLanguage();
  }

  Translation toValue() {
    return new Translation(field, text, translatedBy, translatedAt.toInstant(), fromLanguage);
  }
}
