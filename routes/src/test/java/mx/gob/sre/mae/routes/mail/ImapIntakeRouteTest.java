package mx.gob.sre.mae.routes.mail;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Flags;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The IMAP intake against a real IMAP server: a message is flagged seen only after the intake
 * returns; a crash between the intake's commit and the flag leaves it unread, and the idempotent
 * intake turns the second taking into a duplicate, not a second case.
 */
class ImapIntakeRouteTest extends CamelTestSupport {

  static final String MAILBOX = "lax@consulado.localhost";

  GreenMail mail;
  final Set<String> committed = ConcurrentHashMap.newKeySet();
  final List<EmailOutcome> outcomes = new CopyOnWriteArrayList<>();
  final AtomicBoolean crashAfterNextCommit = new AtomicBoolean();

  /** An intake keyed on Message-ID, like the gateway's (the key is committed before the crash). */
  final EmailIntakePort intake = (consulate, raw) -> {
    String text = new String(raw, StandardCharsets.UTF_8);
    String key = text.lines().filter(l -> l.startsWith("Message-ID:")).findFirst().orElseThrow().substring(11).strip();
    EmailOutcome outcome = committed.add(key)
        ? new EmailOutcome(EmailOutcome.Kind.CREATED, "MAE-2026-0000" + committed.size(), key)
        : new EmailOutcome(EmailOutcome.Kind.DUPLICATE, null, key);
    outcomes.add(outcome);
    if (crashAfterNextCommit.getAndSet(false)) {
      throw new IllegalStateException("simulated crash between commit and flag");
    }
    return outcome;
  };

  @Override
  protected void doPreSetup() {
    mail = new GreenMail(ServerSetupTest.SMTP_IMAP);
    mail.start();
    mail.setUser(MAILBOX, MAILBOX, "demo");
  }

  @Override
  protected void doPostTearDown() {
    mail.stop();
  }

  @Override
  protected RoutesBuilder createRouteBuilder() {
    String uri = "imap://localhost:" + ServerSetupTest.IMAP.getPort() + "?username=" + MAILBOX + "&password=demo"
        + "&unseen=true&peek=true&delete=false&mapMailMessage=false&closeFolder=false&delay=100";
    return new ImapIntakeRoute("LAX", uri, intake);
  }

  @Test
  void aMessageIsTakenOnceAndFlaggedSeenAfterTheIntake() throws Exception {
    GreenMailUtil.sendTextEmail(MAILBOX, "family@example.org", "Reporte", "Mi hijo desapareció.", mail.getSmtp().getServerSetup());
    await().atMost(Duration.ofSeconds(10)).until(() -> outcomes.size() == 1);
    await().atMost(Duration.ofSeconds(10)).until(this::allSeen);
    assertEquals(EmailOutcome.Kind.CREATED, outcomes.get(0).kind());
  }

  @Test
  void aCrashBetweenCommitAndFlagLeadsToADuplicateNotASecondCase() throws Exception {
    crashAfterNextCommit.set(true);
    GreenMailUtil.sendTextEmail(MAILBOX, "family@example.org", "Reporte", "Mi hija desapareció.", mail.getSmtp().getServerSetup());
    await().atMost(Duration.ofSeconds(10)).until(() -> outcomes.size() >= 2);
    await().atMost(Duration.ofSeconds(10)).until(this::allSeen);
    assertEquals(EmailOutcome.Kind.CREATED, outcomes.get(0).kind());
    assertEquals(EmailOutcome.Kind.DUPLICATE, outcomes.get(1).kind());
    assertEquals(1, committed.size(), "one case for one message");
  }

  private boolean allSeen() throws Exception {
    MimeMessage[] messages = mail.getReceivedMessages();
    var store = mail.getImap().createStore();
    store.connect(MAILBOX, "demo");
    try {
      var folder = store.getFolder("INBOX");
      folder.open(jakarta.mail.Folder.READ_ONLY);
      boolean seen = folder.getMessageCount() == messages.length
          && java.util.Arrays.stream(folder.getMessages()).allMatch(m -> {
            try {
              return m.isSet(Flags.Flag.SEEN);
            } catch (jakarta.mail.MessagingException e) {
              return false;
            }
          });
      folder.close(false);
      return seen;
    } finally {
      store.close();
    }
  }
}
