package mx.gob.sre.mae.routes.routing;

import java.util.Collection;
import java.util.Objects;
import java.util.Set;

/** One term of a rule's {@code when}: a fact that must hold or, negated with '!', must not. */
public record Condition(Fact fact, boolean negated) {

  public Condition {
    Objects.requireNonNull(fact, "fact");
  }

  public boolean isMetBy(Set<Fact> facts) {
    return facts.contains(fact) != negated;
  }

  /** Whether every condition of a conjunction is met. */
  public static boolean allMet(Collection<Condition> conditions, Set<Fact> facts) {
    return conditions.stream().allMatch(condition -> condition.isMetBy(facts));
  }

  @Override
  public String toString() {
    return (negated ? "!" : "") + fact;
  }
}
