package mx.gob.sre.mae.gateway.domain.model.people;

/** A signed-in member of consular staff, scoped to one consulate. */
public record Officer(String username, String displayName, String role, String consulateCode) {}
