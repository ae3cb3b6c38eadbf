package mx.gob.sre.mae.gateway.application.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A {@link PersonIndex} in memory, for tests, benchmarks of match quality and tools: the same
 * blocking and ordering as the database index, without a database. Not thread-safe.
 */
public final class InMemoryPersonIndex implements PersonIndex {

  private final Map<String, List<Long>> blocks = new HashMap<>();
  private final Map<Long, PersonRecord> persons = new HashMap<>();
  private final Map<Long, Set<String>> keysOf = new HashMap<>();

  @Override
  public void add(PersonRecord person) {
    Set<String> old = keysOf.remove(person.id());
    if (old != null) {
      old.forEach(k -> blocks.get(k).remove(person.id()));
    }
    Set<String> keys = BlockingKeys.of(person);
    persons.put(person.id(), person);
    keysOf.put(person.id(), keys);
    keys.forEach(k -> blocks.computeIfAbsent(k, x -> new ArrayList<>()).add(person.id()));
  }

  @Override
  public void addAll(List<PersonRecord> list) {
    list.forEach(this::add);
  }

  @Override
  public List<PersonRecord> candidates(PersonRecord probe, int limit) {
    Map<Long, Integer> shared = new HashMap<>();
    for (String key : BlockingKeys.of(probe)) {
      for (Long id : blocks.getOrDefault(key, List.of())) {
        shared.merge(id, 1, Integer::sum);
      }
    }
    return shared.entrySet().stream()
        .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .map(e -> persons.get(e.getKey()))
        .toList();
  }

  /** Number of persons indexed. */
  public int size() {
    return persons.size();
  }

  /** Rows a database index would hold: one per (key, person). */
  public long blockRows() {
    return keysOf.values().stream().mapToLong(Set::size).sum();
  }

  /** Largest block, to see which keys are too broad. */
  public Map.Entry<String, Integer> largestBlock() {
    return blocks.entrySet().stream().max(Comparator.comparingInt(e -> e.getValue().size()))
        .map(e -> Map.entry(e.getKey(), e.getValue().size())).orElse(Map.entry("", 0));
  }
}
