package mx.gob.sre.mae.gateway.application.visa;

/** Fired in the decision's transaction; after the commit it wakes the outbox so the notices leave at once. */
public record VisaNoticeQueued(String reference) {}
