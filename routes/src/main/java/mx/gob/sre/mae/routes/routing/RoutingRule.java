package mx.gob.sre.mae.routes.routing;

import java.util.List;
import java.util.Set;

/** One row of the routing table: when its conditions hold, the case goes to its recipient. */
public record RoutingRule(
    String id, List<Condition> conditions, String recipientTemplate, String description) {

  /** Placeholder for each distinct state where a missing person was last seen. */
  public static final String STATE = "{state}";

  public RoutingRule {
    conditions = List.copyOf(conditions);
  }

  public boolean appliesTo(Set<Fact> facts) {
    return Condition.allMet(conditions, facts);
  }

  public boolean isPerState() {
    return recipientTemplate.contains(STATE);
  }

  /** Whether the conditions guarantee a known state (STATE_KNOWN, or !STATE_UNKNOWN). */
  public boolean requiresKnownState() {
    return conditions.contains(new Condition(Fact.STATE_KNOWN, false))
        || conditions.contains(new Condition(Fact.STATE_UNKNOWN, true));
  }

  /** The agency codes this rule yields: one per state for a template, else the literal code. */
  public List<String> recipients(List<String> states) {
    if (!isPerState()) {
      return List.of(recipientTemplate);
    }
    return states.stream().map(state -> recipientTemplate.replace(STATE, state)).toList();
  }
}
