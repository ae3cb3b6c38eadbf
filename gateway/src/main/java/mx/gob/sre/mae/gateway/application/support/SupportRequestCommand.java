package mx.gob.sre.mae.gateway.application.support;

/**
 * A support request as an agency sends it: the case (folio), what kind of help, what exactly, by
 * when ("2026-12-01" = the end of that day in Mexico City, or a date-time with offset), and
 * optionally another consulate than the case's (where the relative lives).
 */
public record SupportRequestCommand(String folio, String type, String description, String dueDate, String consulate) {}
