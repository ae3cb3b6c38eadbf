package mx.gob.sre.mae.gateway.domain.model.cases;

import java.time.Instant;

/**
 * A Spanish translation of one free-text field of a case version, beside the original, with who or
 * what made it ("officer:lax.oficial", "machine:libretranslate"), when, and from which language.
 */
public record Translation(String field, String text, String translatedBy, Instant translatedAt, String fromLanguage) {}
