package mx.gob.sre.mae.gateway.domain.model.authority;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorityNotificationTest {

  static final Instant NOW = Instant.parse("2026-11-01T10:00:00Z");

  static ForeignAuthority police() {
    return ForeignAuthority.register("LAX", "San Diego Police", "us", AuthorityKind.POLICE, List.of(" Records@SDPD.example.org "),
        EnumSet.of(NotificationType.LOCATED_ALIVE, NotificationType.DECEASED), null, "admin", NOW);
  }

  static AuthorityNotification receive(NotificationType type) {
    return AuthorityNotification.receive(NotificationReference.of(2026, 1), police(), "SDPD-1", AuthorityNotification.API, type,
        new NotifiedPerson("José", "Hernández", "López", "M", LocalDate.of(1998, 4, 12), null, "MX", null, "PASSPORT", "G1"),
        new NotificationFacts(LocalDate.of(2026, 10, 20), "Otay Mesa", "US", "Sharp Hospital", "+16195550100", "Found."), "authority:1",
        NOW);
  }

  @Test
  void anAuthorityMaySendOnlyTheTypesItIsRegisteredFor() {
    ForeignAuthority police = police();
    assertTrue(police.allows(NotificationType.DECEASED));
    assertFalse(police.allows(NotificationType.DETAINED));
    assertEquals(List.of("records@sdpd.example.org"), police.contactEmails(), "addresses kept in lower case");
    assertEquals("US", police.country());
    assertThrows(TypeNotAllowedException.class, () -> receive(NotificationType.DETAINED));
    assertThrows(IllegalArgumentException.class, () -> ForeignAuthority.register("LAX", "X", "US", AuthorityKind.OTHER, List.of(),
        EnumSet.of(NotificationType.UNKNOWN), null, "admin", NOW), "UNKNOWN is not a type to allow");
  }

  @Test
  void aConfirmedNotificationIsDecidedOnceWithItsHistory() {
    AuthorityNotification n = receive(NotificationType.DECEASED);
    assertEquals(NotificationStatus.PENDING_REVIEW, n.status());
    n.rejectCandidate("MAE-2026-000007", "lax.oficial", NOW);
    n.confirm("MAE-2026-000001", "lax.oficial", NOW.plusSeconds(60));
    assertEquals(NotificationStatus.CONFIRMED, n.status());
    assertEquals("MAE-2026-000001", n.folio());
    assertEquals(java.util.Set.of("MAE-2026-000007"), n.rejectedCandidates());
    assertEquals(List.of("RECEIVED", "CANDIDATE_REJECTED", "CONFIRMED"), n.events().stream().map(NotificationEvent::action).toList());
    assertThrows(NotificationStateException.class, () -> n.confirm("MAE-2026-000002", "lax.oficial", NOW));
    assertThrows(NotificationStateException.class, () -> n.reject("changed my mind", "lax.oficial", NOW));
    assertThrows(NotificationStateException.class, () -> n.openedCase("MAE-2026-000003", "lax.oficial", NOW));
  }

  @Test
  void anEmailedNotificationMustBeClassifiedBeforeItIsConfirmedButCanBeRejectedAsItIs() {
    AuthorityNotification n = AuthorityNotification.receive(NotificationReference.of(2026, 2), police(), "email:<x@y>",
        AuthorityNotification.EMAIL, NotificationType.UNKNOWN, NotifiedPerson.unknown(),
        new NotificationFacts(null, null, null, null, "records@sdpd.example.org", "Subject\n\nText"), "email", NOW);
    assertThrows(NotificationStateException.class, () -> n.confirm("MAE-2026-000001", "lax.oficial", NOW));
    assertThrows(NotificationStateException.class, () -> n.classify(NotificationType.UNKNOWN, "lax.oficial", NOW));
    n.classify(NotificationType.HOSPITALIZED, "lax.oficial", NOW);
    assertEquals(NotificationType.HOSPITALIZED, n.type());
    n.confirm("MAE-2026-000001", "lax.oficial", NOW);
    assertEquals(NotificationStatus.CONFIRMED, n.status());

    AuthorityNotification forged = AuthorityNotification.receive(NotificationReference.of(2026, 3), police(), "email:<z@y>",
        AuthorityNotification.EMAIL, NotificationType.UNKNOWN, NotifiedPerson.unknown(),
        new NotificationFacts(null, null, null, null, null, null), "email", NOW);
    forged.reject("forged sender", "lax.oficial", NOW);
    assertEquals(NotificationStatus.REJECTED, forged.status());
  }

  @Test
  void onlyDeathsConcernTheForensicServicesAndUnknownIsNeverAcceptedFromTheApi() {
    assertTrue(NotificationType.DECEASED.concernsDeath());
    assertTrue(NotificationType.REMAINS_FOUND.concernsDeath());
    assertFalse(NotificationType.DETAINED.concernsDeath());
    assertTrue(NotificationType.parseClassified(" located_alive ").isPresent());
    assertTrue(NotificationType.parseClassified("UNKNOWN").isEmpty());
    assertTrue(NotificationType.parseClassified("ARRESTED").isEmpty());
  }

  @Test
  void aRevokedKeyStaysRevokedByWhoRevokedItFirst() {
    ForeignAuthority police = police();
    AuthorityApiKey key = police.issueKey("00000000000000aa", "ab".repeat(32), null, "admin", NOW);
    assertFalse(key.revoked());
    key.revoke("lax.supervisor", NOW);
    key.revoke("admin", NOW.plusSeconds(5));
    assertTrue(key.revoked());
    assertEquals("lax.supervisor", key.revokedBy());
    assertEquals(NOW, key.revokedAt());
  }
}
