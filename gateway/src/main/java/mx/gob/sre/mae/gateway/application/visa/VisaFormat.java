package mx.gob.sre.mae.gateway.application.visa;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.gob.sre.mae.gateway.domain.model.visa.DocumentType;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaDocument;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaRequest;
import mx.gob.sre.mae.gateway.domain.model.visa.VisaRequestRepository.Timing;
import mx.gob.sre.mae.i18n.Countries;
import mx.gob.sre.mae.i18n.Language;
import mx.gob.sre.mae.i18n.Messages;
import mx.gob.sre.mae.routes.translate.VisaNoticePdf;

/** Pure conversions of visa requests for views, the letter and the supervisor figures (kept out of the transactional service). */
final class VisaFormat {

  private VisaFormat() {}

  static VisaViews.DocumentItem item(VisaDocument d, Language language, boolean withHash) {
    return new VisaViews.DocumentItem(d.type().name(), Messages.text(language, "visa.document." + d.type().name()),
        d.state().name(), Messages.text(language, "visa.documentState." + d.state().name()),
        withHash ? d.sha256() : null, d.updatedAt());
  }

  /** A display name without path or control characters; the document type when none was given. */
  static String safeName(String name, DocumentType type) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[\\p{Cc}\\p{Cf}]", "").strip();
    if (base.isEmpty()) {
      base = type.name().toLowerCase(java.util.Locale.ROOT);
    }
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }

  static VisaLetter letter(VisaRequest r, String consulateName, ZoneId zone) {
    Language language = Language.fromTag(r.language()).orElse(Language.DEFAULT);
    String invitation = r.invited()
        ? Stream.of(r.invitationAgency(), r.invitationReference(), r.invitationPurpose(),
                VisaNoticePdf.period(r.invitationFrom(), r.invitationTo()))
            .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "))
        : null;
    String nationality = Countries.isValid(r.nationality())
        ? Countries.name(r.nationality(), Language.ES.locale()) + " (" + r.nationality() + ")" : r.nationality();
    return new VisaLetter(r.reference().value(), consulateName, r.applicantName(), nationality,
        r.travelDocumentType().name() + " " + r.travelDocumentNumber(), r.relatedFolio(), invitation,
        VisaNoticePdf.period(r.travelFrom(), r.travelTo()), r.decision().name(), r.decisionReasons(),
        r.decidedAt().atZone(zone), r.feeAmount(), r.feeCurrency(), r.feeWaiverBasis(), language);
  }

  static VisaViews.Statistics statistics(List<Timing> timings) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    Map<String, List<Double>> hoursByConsulate = new TreeMap<>();
    List<Double> hours = new ArrayList<>();
    for (Timing t : timings) {
      counts.computeIfAbsent(t.consulateCode(), c -> new TreeMap<>()).merge(t.status().name(), 1L, Long::sum);
      if (t.decidedAt() != null) {
        double h = Duration.between(t.appliedAt(), t.decidedAt()).toSeconds() / 3600.0;
        hours.add(h);
        hoursByConsulate.computeIfAbsent(t.consulateCode(), c -> new ArrayList<>()).add(h);
      }
    }
    Map<String, Double> medians = new TreeMap<>();
    hoursByConsulate.forEach((c, list) -> medians.put(c, median(list)));
    Double mean = hours.isEmpty() ? null : hours.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    return new VisaViews.Statistics(counts, hours.size(), mean, median(hours), medians);
  }

  static Double median(List<Double> values) {
    if (values.isEmpty()) {
      return null;
    }
    List<Double> sorted = values.stream().sorted().toList();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
