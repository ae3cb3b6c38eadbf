package mx.gob.sre.mae.gateway.application.pfif;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mx.gob.sre.mae.gateway.application.audit.AuditActions;
import mx.gob.sre.mae.gateway.application.audit.AuditTrail;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseFile;
import mx.gob.sre.mae.gateway.domain.model.cases.CaseRepository;
import mx.gob.sre.mae.gateway.domain.model.consulate.Consulate;
import mx.gob.sre.mae.gateway.domain.model.consulate.ConsulateRepository;
import mx.gob.sre.mae.gateway.domain.model.pfif.ReceivedNote;
import mx.gob.sre.mae.gateway.domain.model.pfif.ReceivedPerson;
import mx.gob.sre.mae.gateway.domain.model.pfif.ReceivedRecords;
import mx.gob.sre.mae.routes.pfif.PfifDocument;
import mx.gob.sre.mae.routes.pfif.PfifNote;
import mx.gob.sre.mae.routes.pfif.PfifPerson;
import mx.gob.sre.mae.routes.pfif.PfifReader;

/**
 * The PFIF 1.4 feed: the missing persons of the cases changed since a time (of one consulate, or of
 * all for the central desk), and the records received from other repositories, under their own ids
 * and with their own source fields (PFIF is a syndication format: what we got, we pass on, stamped
 * with the date it entered this repository). Every case exported is on the audit record.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class PfifExport {

  /** At most this many cases per export; the feed is in change order, so {@code since} pages through it. */
  static final int MAX_CASES = 2000;

  @Inject CaseRepository cases;
  @Inject ConsulateRepository consulates;
  @Inject ReceivedRecords received;
  @Inject PfifSettings settings;
  @Inject AuditTrail audit;

  /**
   * The feed for {@code consulateCode} (null: every consulate and every received record) since
   * {@code since} (null: from the beginning).
   */
  public PfifDocument export(String consulateCode, Instant since) {
    CasePfifMapper mapper = new CasePfifMapper(settings.ids());
    Map<String, PfifPerson> persons = new LinkedHashMap<>();
    List<String> folios = new ArrayList<>();
    for (CaseFile c : cases.changedSince(since, consulateCode, MAX_CASES)) {
      mapper.persons(c, consulates.find(c.consulateCode()).map(Consulate::name).orElse(c.consulateCode()))
          .forEach(p -> persons.put(p.personRecordId(), p));
      folios.add(c.folio().value());
      audit.record(AuditActions.PFIF_EXPORT, AuditTrail.CASE, c.folio().value(), "PFIF export" + (since == null ? "" : " since " + since));
    }
    for (ReceivedPerson r : received.persons(since, consulateCode)) {
      persons.put(r.recordId(), parse(r.content()).persons().get(0).withEntryDate(r.storedAt()));
    }
    List<PfifNote> topLevel = new ArrayList<>();
    Map<String, List<PfifNote>> nested = new LinkedHashMap<>();
    for (ReceivedNote r : received.notes(since, consulateCode)) {
      PfifNote note = parse(r.content()).notes().get(0).withEntryDate(r.storedAt());
      if (persons.containsKey(note.personRecordId())) {
        nested.computeIfAbsent(note.personRecordId(), k -> new ArrayList<>()).add(note);
      } else {
        topLevel.add(note);
      }
    }
    List<PfifPerson> out = persons.values().stream().map(p -> nested.containsKey(p.personRecordId()) ? withMore(p, nested.get(p.personRecordId())) : p)
        .toList();
    audit.record(AuditActions.PFIF_EXPORT, AuditTrail.PFIF, consulateCode == null ? "all" : consulateCode,
        (since == null ? "" : "since " + since + ", ") + out.size() + " person(s), " + folios.size() + " case(s): " + String.join(" ", folios));
    return new PfifDocument(out, topLevel);
  }

  private static PfifPerson withMore(PfifPerson person, List<PfifNote> more) {
    List<PfifNote> notes = new ArrayList<>(person.notes());
    notes.addAll(more);
    return person.withNotes(notes);
  }

  /** A stored record: one PFIF document holding it alone. */
  static PfifDocument parse(String content) {
    return new PfifReader().read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }
}
