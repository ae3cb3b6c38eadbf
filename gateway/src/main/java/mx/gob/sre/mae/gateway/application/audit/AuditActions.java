package mx.gob.sre.mae.gateway.application.audit;

/** The actions the audit log records, one name per kind of access, so queries and reviews can rely on them. */
public final class AuditActions {
  public static final String CASE_READ = "CASE_READ";
  public static final String CASE_LIST = "CASE_LIST";
  public static final String CASE_LINKS_READ = "CASE_LINKS_READ";
  public static final String STATUS_READ = "STATUS_READ";
  public static final String RECEIPT_PDF = "RECEIPT_PDF";
  public static final String ACCESS_CODE_REISSUED = "ACCESS_CODE_REISSUED";
  public static final String VERSION_RECORDED = "VERSION_RECORDED";
  public static final String INBOX_LIST = "INBOX_LIST";
  public static final String INBOX_ITEM_READ = "INBOX_ITEM_READ";
  public static final String DELIVERY_DOCUMENT = "DELIVERY_DOCUMENT_DOWNLOAD";
  public static final String DELIVERY_PDF = "DELIVERY_PDF_DOWNLOAD";
  /** A case attachment sent to staff or an agency, with its SHA-256 (chain of custody). */
  public static final String ATTACHMENT_DOWNLOAD = "ATTACHMENT_DOWNLOAD";
  /** A stored attachment no longer matches its recorded SHA-256 and was withheld. */
  public static final String ATTACHMENT_INTEGRITY_FAILURE = "ATTACHMENT_INTEGRITY_FAILURE";
  public static final String DELIVERY_ACKNOWLEDGED = "DELIVERY_ACKNOWLEDGED";
  public static final String DELIVERED = "DELIVERED";
  public static final String DELIVERY_REPLAY = "DELIVERY_REPLAY";
  public static final String FAMILY_MESSAGE_REPLAY = "FAMILY_MESSAGE_REPLAY";
  public static final String QUARANTINE_LIST = "QUARANTINE_LIST";
  public static final String QUARANTINED_EMAIL_DOWNLOAD = "QUARANTINED_EMAIL_DOWNLOAD";
  public static final String SUPPORT_REQUEST_CREATED = "SUPPORT_REQUEST_CREATED";
  public static final String SUPPORT_REQUEST_LIST = "SUPPORT_REQUEST_LIST";
  public static final String SUPPORT_REQUEST_READ = "SUPPORT_REQUEST_READ";
  public static final String SUPPORT_REQUEST_CHANGED = "SUPPORT_REQUEST_CHANGED";
  public static final String SUPPORT_RESULT_DOWNLOAD = "SUPPORT_RESULT_DOWNLOAD";
  public static final String AUDIT_READ = "AUDIT_READ";
  public static final String AUDIT_VERIFIED = "AUDIT_VERIFIED";
  /** A case's persons left in a PFIF export (one per case, and one for the whole export). */
  public static final String PFIF_EXPORT = "PFIF_EXPORT";
  public static final String PFIF_IMPORT = "PFIF_IMPORT";
  public static final String PFIF_MATCH_LIST = "PFIF_MATCH_LIST";
  public static final String PFIF_MATCH_DECIDED = "PFIF_MATCH_DECIDED";

  private AuditActions() {}
}
