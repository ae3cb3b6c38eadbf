package mx.gob.sre.mae.gateway.application.authority;

import java.util.List;

/**
 * An authority as an administrator or supervisor registers it: the consulate (administrators only;
 * a supervisor registers for their own), name, ISO country, kind, contact addresses, the notification
 * types it may send, and optionally the SHA-256 fingerprint of its client certificate (mutual TLS).
 */
public record AuthorityCommand(String consulate, String name, String country, String kind, List<String> contactEmails,
    List<String> allowedTypes, String certificateSha256) {}
