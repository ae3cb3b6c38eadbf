package mx.gob.sre.mae.routes.routing;

import java.util.List;
import java.util.Set;

/** One row of the flags table: when its conditions hold, the case carries the flag (e.g. ALBA). */
public record FlagRule(String flag, List<Condition> conditions, String description) {

  public FlagRule {
    conditions = List.copyOf(conditions);
  }

  public boolean appliesTo(Set<Fact> facts) {
    return Condition.allMet(conditions, facts);
  }
}
