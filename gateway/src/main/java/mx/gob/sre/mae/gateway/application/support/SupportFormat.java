package mx.gob.sre.mae.gateway.application.support;

import java.time.Instant;
import java.util.List;
import mx.gob.sre.mae.gateway.domain.model.delivery.Delivery;
import mx.gob.sre.mae.gateway.domain.model.support.SupportEvent;
import mx.gob.sre.mae.gateway.domain.model.support.SupportRequest;
import mx.gob.sre.mae.gateway.domain.model.support.SupportResultFile;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;

/** Support requests as views: the same facts for the agency and for the consulate. */
final class SupportFormat {

  private SupportFormat() {}

  static SupportViews.Summary summary(SupportRequest r, Language language, Instant now) {
    return new SupportViews.Summary(r.reference().value(), r.folio(), r.requestingAgency(), r.consulateCode(), r.type().name(),
        Messages.text(language, "support.type." + r.type().name()), r.status().name(),
        Messages.text(language, "support.status." + r.status().name()), r.dueAt(), r.overdue(now), r.assignee(), r.createdAt());
  }

  static SupportViews.Detail detail(SupportRequest r, String consulateName, List<Delivery> resultDeliveries, Language language, Instant now) {
    var closing = r.closing();
    return new SupportViews.Detail(r.reference().value(), r.folio(), r.requestingAgency(), r.consulateCode(), consulateName,
        r.type().name(), Messages.text(language, "support.type." + r.type().name()), r.description(), r.dueAt(), r.status().name(),
        Messages.text(language, "support.status." + r.status().name()), r.overdue(now), r.escalatedAt(), r.assignee(), r.createdAt(),
        r.createdBy(), r.outcome().map(Enum::name).orElse(null), closing.map(SupportEvent::detail).orElse(null),
        closing.map(SupportEvent::recordedAt).orElse(null),
        r.history().stream().map(e -> new SupportViews.Step(e.recordedAt(), e.actor(), e.actorRole(), e.action(),
            Messages.text(language, "support.event." + e.action()), e.detail())).toList(),
        r.results().stream().map(SupportFormat::file).toList(),
        resultDeliveries.stream().findFirst().map(SupportFormat::receipt).orElse(null));
  }

  static SupportViews.ResultFile file(SupportResultFile f) {
    return new SupportViews.ResultFile(f.id(), f.fileName(), f.mediaType(), f.size(), f.sha256(), f.uploadedBy(), f.uploadedAt());
  }

  static SupportViews.Receipt receipt(Delivery d) {
    return new SupportViews.Receipt(d.id(), d.recipient(), d.channel(), d.status().name(), d.deliveredAt(), d.ackReference(),
        d.ackedAt(), d.ackedBy());
  }

  /** The file name as given, without a path or control characters; the type's name when empty. */
  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
    if (base.isEmpty()) {
      base = "result";
    }
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }
}
