package mx.gob.sre.mae.gateway.application.notify;

/** Fired when a message to a family is queued; after the commit it wakes the sender at once. */
public record FamilyMessageQueued(String messageKey) {}
