package mx.gob.sre.mae.routes.pfif;

import java.util.ArrayList;
import java.util.List;

/**
 * A PFIF 1.4 document: persons (each with the notes nested in it) and notes at the top level, which
 * name their person by id (often a person of another repository).
 */
public record PfifDocument(List<PfifPerson> persons, List<PfifNote> notes) {

  public PfifDocument {
    persons = List.copyOf(persons);
    notes = List.copyOf(notes);
  }

  /** Every note of the document, nested or not, nested ones first in document order. */
  public List<PfifNote> allNotes() {
    List<PfifNote> all = new ArrayList<>();
    persons.forEach(p -> all.addAll(p.notes()));
    all.addAll(notes);
    return all;
  }
}
