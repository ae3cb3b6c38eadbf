package mx.gob.sre.mae.gateway.infrastructure.persistence.jpa;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import mx.gob.sre.mae.gateway.domain.model.pfif.PersonMatch;
import mx.gob.sre.mae.gateway.domain.model.pfif.ReceivedNote;
import mx.gob.sre.mae.gateway.domain.model.pfif.ReceivedPerson;
import mx.gob.sre.mae.gateway.domain.model.pfif.ReceivedRecords;

/** Records received over PFIF in the relational database; the latest version of a record id counts. */
@ApplicationScoped
public class JpaReceivedRecords implements ReceivedRecords {

  @PersistenceContext(unitName = "mae")
  EntityManager em;

  @Override
  public Optional<ReceivedPerson> latestPerson(String recordId) {
    return em.createQuery("select p from ReceivedPerson p where p.recordId = :id order by p.versionNo desc", ReceivedPerson.class)
        .setParameter("id", recordId).setMaxResults(1).getResultStream().findFirst();
  }

  @Override
  public Optional<ReceivedNote> latestNote(String noteRecordId) {
    return em.createQuery("select n from ReceivedNote n where n.noteRecordId = :id order by n.versionNo desc", ReceivedNote.class)
        .setParameter("id", noteRecordId).setMaxResults(1).getResultStream().findFirst();
  }

  @Override
  public void add(ReceivedPerson person) {
    em.persist(person);
  }

  @Override
  public void add(ReceivedNote note) {
    em.persist(note);
  }

  @Override
  public void add(PersonMatch match) {
    em.persist(match);
  }

  @Override
  public List<ReceivedPerson> persons(Instant since, String consulateCode) {
    return latest(ReceivedPerson.class, "recordId", since, consulateCode);
  }

  @Override
  public List<ReceivedNote> notes(Instant since, String consulateCode) {
    return latest(ReceivedNote.class, "noteRecordId", since, consulateCode);
  }

  @Override
  public List<ReceivedNote> notesAbout(String personRecordId) {
    return em.createQuery("select n from ReceivedNote n where n.personRecordId = :person and n.versionNo = "
            + "(select max(m.versionNo) from ReceivedNote m where m.noteRecordId = n.noteRecordId) order by n.sourceDate, n.id",
            ReceivedNote.class)
        .setParameter("person", personRecordId).getResultList();
  }

  @Override
  public Optional<PersonMatch> linkedCase(String personRecordId) {
    return em.createQuery("select m from PersonMatch m where m.personRecordId = :person and m.decision in :decisions order by m.id desc",
            PersonMatch.class)
        .setParameter("person", personRecordId).setParameter("decisions", List.of(PersonMatch.Decision.AUTO_LINK, PersonMatch.Decision.LINKED))
        .setMaxResults(1).getResultStream().findFirst();
  }

  @Override
  public Optional<PersonMatch> latest(String personRecordId, String folio) {
    return em.createQuery("select m from PersonMatch m where m.personRecordId = :person and m.folio = :folio order by m.id desc",
            PersonMatch.class)
        .setParameter("person", personRecordId).setParameter("folio", folio).setMaxResults(1).getResultStream().findFirst();
  }

  @Override
  public Optional<PersonMatch> match(long id) {
    return Optional.ofNullable(em.find(PersonMatch.class, id));
  }

  @Override
  public List<PersonMatch> matches(String consulateCode) {
    String jpql = "select m from PersonMatch m where m.id = (select max(n.id) from PersonMatch n where n.personRecordId = m.personRecordId"
        + " and n.folio = m.folio)" + (consulateCode == null ? "" : " and m.folio in (select c.folio from CaseFile c where c.consulateCode = :code)")
        + " order by m.id desc";
    TypedQuery<PersonMatch> query = em.createQuery(jpql, PersonMatch.class).setMaxResults(500);
    if (consulateCode != null) {
      query.setParameter("code", consulateCode);
    }
    return query.getResultList();
  }

  private <T> List<T> latest(Class<T> type, String idField, Instant since, String consulateCode) {
    String entity = type.getSimpleName();
    StringBuilder jpql = new StringBuilder("select r from " + entity + " r where r.versionNo = (select max(s.versionNo) from " + entity
        + " s where s." + idField + " = r." + idField + ")");
    if (since != null) {
      jpql.append(" and r.storedAt >= :since");
    }
    if (consulateCode != null) {
      jpql.append(" and r.consulateCode = :consulate");
    }
    jpql.append(" order by r.storedAt, r.id");
    TypedQuery<T> query = em.createQuery(jpql.toString(), type);
    if (since != null) {
      query.setParameter("since", since.atOffset(ZoneOffset.UTC));
    }
    if (consulateCode != null) {
      query.setParameter("consulate", consulateCode);
    }
    return query.getResultList();
  }
}
