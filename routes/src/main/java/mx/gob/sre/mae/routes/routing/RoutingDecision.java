package mx.gob.sre.mae.routes.routing;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where one case goes: the agency codes (distinct; CNB, then CLB, FGR, FGE), the search-protocol
 * flags, and the ids of the rules that matched, for the record.
 */
public record RoutingDecision(List<String> recipients, Set<String> flags, List<String> matchedRuleIds) {

  public RoutingDecision {
    recipients = List.copyOf(recipients);
    flags = Collections.unmodifiableSet(new LinkedHashSet<>(flags));
    matchedRuleIds = List.copyOf(matchedRuleIds);
  }
}
