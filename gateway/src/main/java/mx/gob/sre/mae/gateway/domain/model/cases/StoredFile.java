package mx.gob.sre.mae.gateway.domain.model.cases;

/** A file already written to the attachment store, identified by its content. */
public record StoredFile(String storageKey, String mediaType, long size, String sha256) {}
