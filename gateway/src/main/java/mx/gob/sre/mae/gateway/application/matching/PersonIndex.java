package mx.gob.sre.mae.gateway.application.matching;

import java.util.List;

/**
 * Where reported persons are kept for matching, found again by their {@link BlockingKeys}. A port:
 * the engine does not care whether the index is a database table or a map.
 */
public interface PersonIndex {

  /** Indexes {@code person}; a person already indexed under the same id is replaced. */
  void add(PersonRecord person);

  /** Indexes many persons at once (bulk load); same rule as {@link #add}. */
  void addAll(List<PersonRecord> persons);

  /**
   * Persons sharing at least one blocking key with {@code probe}, those sharing the most keys first,
   * at most {@code limit}.
   */
  List<PersonRecord> candidates(PersonRecord probe, int limit);
}
