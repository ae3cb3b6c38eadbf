package mx.gob.sre.mae.gateway.domain.model.authority;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import mx.gob.sre.mae.gateway.domain.model.cases.StoredFile;
import mx.gob.sre.mae.gateway.domain.model.history.KeptFile;

/** A document the authority sent with its notification, stored by SHA-256 (chain of custody). Written once. */
@Entity
@Table(name = "authority_notification_file")
public class NotificationFile extends KeptFile {

  @Id
  @SequenceGenerator(name = "authority_notification_file_seq", sequenceName = "authority_notification_file_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "authority_notification_file_seq")
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "notification_id")
  private AuthorityNotification notification;

  protected NotificationFile() {}

  NotificationFile(AuthorityNotification notification, StoredFile file, String fileName) {
    super(file, fileName);
    this.notification = notification;
  }
}
