package mx.gob.sre.mae.routes.routing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import mx.gob.sre.mae.routes.canonical.CanonicalCase;

/** The versioned, validated routing and flag rules (held as CSV data) that decide where a case goes. */
public final class RoutingTable {

  private final String version;
  private final List<RoutingRule> rules;
  private final List<FlagRule> flagRules;

  RoutingTable(String version, List<RoutingRule> rules, List<FlagRule> flagRules) {
    this.version = version;
    this.rules = List.copyOf(rules);
    this.flagRules = List.copyOf(flagRules);
  }

  /** The table on the classpath ({@code routing-table.csv} and {@code flags.csv} beside this class). */
  public static RoutingTable load() {
    return parse(
        resource(RoutingTableParser.ROUTING_SOURCE), resource(RoutingTableParser.FLAGS_SOURCE));
  }

  /** A table from the lines of the two files; throws {@link InvalidRoutingTableException} if invalid. */
  public static RoutingTable parse(List<String> routingLines, List<String> flagLines) {
    return RoutingTableParser.parse(routingLines, flagLines);
  }

  /** Where {@code c} goes; {@code today} dates the age of a person with no last-seen date. */
  public RoutingDecision decide(CanonicalCase c, LocalDate today) {
    Objects.requireNonNull(c, "case");
    Objects.requireNonNull(today, "today");
    Set<Fact> facts = Fact.of(c, today);
    List<String> states = CaseFacts.lastSeenStates(c);
    List<String> recipients = new ArrayList<>();
    List<String> matched = new ArrayList<>();
    for (RoutingRule rule : rules) {
      if (rule.appliesTo(facts)) {
        matched.add(rule.id());
        recipients.addAll(rule.recipients(states));
      }
    }
    Set<String> flags = flagRules.stream()
        .filter(rule -> rule.appliesTo(facts))
        .map(FlagRule::flag)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    return new RoutingDecision(inDeliveryOrder(recipients), flags, matched);
  }

  public String version() {
    return version;
  }

  public List<RoutingRule> rules() {
    return rules;
  }

  public List<FlagRule> flagRules() {
    return flagRules;
  }

  /** Distinct codes, CNB then CLB, FGR, FGE; within a kind, the order the rules produced them. */
  private static List<String> inDeliveryOrder(List<String> recipients) {
    return recipients.stream().distinct().sorted(Comparator.comparingInt(Agencies::deliveryRank)).toList();
  }

  private static List<String> resource(String name) {
    try (InputStream in = RoutingTable.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing classpath resource " + name + " beside " + RoutingTable.class.getName());
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
