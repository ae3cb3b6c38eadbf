package mx.gob.sre.mae.gateway.application.intake;

/** A file as it arrived (name as the sender gave it, content not yet checked). */
public record UploadedFile(String fileName, byte[] content) {}
