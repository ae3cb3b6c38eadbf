package mx.gob.sre.mae.routes.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.gob.sre.mae.i18n.CodeList;

/** Reads the routing and flags CSV lines into rules, refusing the whole table on any bad line. */
final class RoutingTableParser {

  static final String ROUTING_SOURCE = "routing-table.csv";
  static final String FLAGS_SOURCE = "flags.csv";
  static final String ROUTING_HEADER = "rule_id,when,recipient,description";
  static final String FLAGS_HEADER = "flag,when,description";

  private static final int VERSION_LINE = 2;
  private static final Pattern VERSION = Pattern.compile("#\\s*version:\\s*(\\d+(?:\\.\\d+)*)");
  private static final Pattern ANY_VERSION = Pattern.compile("#\\s*version\\b.*", Pattern.CASE_INSENSITIVE);
  private static final Pattern RULE_ID = Pattern.compile("[A-Z][A-Za-z0-9_]*");
  private static final Pattern FLAG = Pattern.compile("[A-Z][A-Z0-9_]*");

  /** A data line split into its stripped fields, remembering where it came from. */
  private record Row(String source, int number, List<String> fields) {
    InvalidRoutingTableException error(String problem) {
      return new InvalidRoutingTableException(source, number, problem);
    }
  }

  private RoutingTableParser() {}

  static RoutingTable parse(List<String> routingLines, List<String> flagLines) {
    String version = version(ROUTING_SOURCE, routingLines, ROUTING_HEADER);
    String flagsVersion = version(FLAGS_SOURCE, flagLines, FLAGS_HEADER);
    if (!flagsVersion.equals(version)) {
      throw new InvalidRoutingTableException(FLAGS_SOURCE, VERSION_LINE,
          "version " + flagsVersion + " differs from " + ROUTING_SOURCE + " version " + version
              + "; change both files together");
    }
    return new RoutingTable(version, routingRules(routingLines), flagRules(flagLines));
  }

  private static String version(String source, List<String> lines, String header) {
    String first = lines.isEmpty() ? "" : lines.get(0).replace("\uFEFF", "").strip();
    if (!first.equals(header)) {
      throw new InvalidRoutingTableException(source, 1,
          "expected the header '" + header + "', found '" + first + "'");
    }
    String second = lines.size() < VERSION_LINE ? "" : lines.get(VERSION_LINE - 1).strip();
    Matcher matcher = VERSION.matcher(second);
    if (!matcher.matches()) {
      throw new InvalidRoutingTableException(source, VERSION_LINE,
          "missing version line: expected '# version: N', found '" + second + "'");
    }
    return matcher.group(1);
  }

  private static List<RoutingRule> routingRules(List<String> lines) {
    Map<String, Integer> seen = new HashMap<>();
    List<RoutingRule> rules = new ArrayList<>();
    for (Row row : rows(ROUTING_SOURCE, lines, ROUTING_HEADER)) {
      String id = identifier(row, RULE_ID, "rule id", seen);
      List<String> fields = row.fields();
      var rule = new RoutingRule(id, when(row, fields.get(1)), fields.get(2), fields.get(3));
      checkRecipient(row, rule);
      rules.add(rule);
    }
    return List.copyOf(rules);
  }

  private static List<FlagRule> flagRules(List<String> lines) {
    Map<String, Integer> seen = new HashMap<>();
    List<FlagRule> flags = new ArrayList<>();
    for (Row row : rows(FLAGS_SOURCE, lines, FLAGS_HEADER)) {
      String flag = identifier(row, FLAG, "flag", seen);
      flags.add(new FlagRule(flag, when(row, row.fields().get(1)), row.fields().get(2)));
    }
    return List.copyOf(flags);
  }

  /** The data rows after the version line; blank lines and '#' comments are skipped. */
  private static List<Row> rows(String source, List<String> lines, String header) {
    List<String> columns = List.of(header.split(","));
    List<Row> rows = new ArrayList<>();
    for (int i = VERSION_LINE; i < lines.size(); i++) {
      String text = lines.get(i).strip();
      int number = i + 1;
      if (ANY_VERSION.matcher(text).matches()) {
        throw new InvalidRoutingTableException(source, number,
            "a second version line; the version is set once, on line " + VERSION_LINE);
      }
      if (text.isEmpty() || text.startsWith("#")) {
        continue;
      }
      rows.add(row(source, number, text, columns));
    }
    return rows;
  }

  /** Splits on the first commas only, so the last column (the description) may hold commas. */
  private static Row row(String source, int number, String text, List<String> columns) {
    List<String> fields = Arrays.stream(text.split(",", columns.size())).map(String::strip).toList();
    var row = new Row(source, number, fields);
    if (fields.size() < columns.size()) {
      throw row.error("malformed row: expected " + columns.size() + " fields (" + String.join(",", columns)
          + "), found " + fields.size());
    }
    for (int i = 0; i < columns.size(); i++) {
      if (fields.get(i).isEmpty()) {
        throw row.error("malformed row: empty " + columns.get(i));
      }
    }
    return row;
  }

  private static String identifier(Row row, Pattern pattern, String what, Map<String, Integer> seen) {
    String id = row.fields().get(0);
    if (!pattern.matcher(id).matches()) {
      throw row.error("malformed row: " + what + " '" + id + "' does not match " + pattern.pattern());
    }
    Integer first = seen.putIfAbsent(id, row.number());
    if (first != null) {
      throw row.error("duplicate " + what + " '" + id + "' (first on line " + first + ")");
    }
    return id;
  }

  /** A conjunction of facts joined by '&', each optionally negated with '!'. */
  private static List<Condition> when(Row row, String when) {
    List<Condition> conditions = new ArrayList<>();
    for (String term : when.split("&", -1)) {
      String stripped = term.strip();
      boolean negated = stripped.startsWith("!");
      String name = negated ? stripped.substring(1).strip() : stripped;
      if (name.isEmpty()) {
        throw row.error("malformed when '" + when + "': empty term");
      }
      Fact fact = fact(row, name, when);
      if (fact == Fact.ALWAYS && negated) {
        throw row.error("'!ALWAYS' in when '" + when + "' never holds");
      }
      conditions.add(new Condition(fact, negated));
    }
    return conditions;
  }

  private static Fact fact(Row row, String name, String when) {
    return Arrays.stream(Fact.values())
        .filter(fact -> fact.name().equals(name))
        .findFirst()
        .orElseThrow(() -> row.error("unknown fact '" + name + "' in when '" + when + "'; known facts: "
            + Arrays.toString(Fact.values())));
  }

  private static void checkRecipient(Row row, RoutingRule rule) {
    String recipient = rule.recipientTemplate();
    boolean valid = rule.isPerState()
        ? CodeList.MX_STATE.codes().stream()
            .allMatch(state -> Agencies.isValid(recipient.replace(RoutingRule.STATE, state)))
        : Agencies.isValid(recipient);
    if (!valid) {
      throw row.error("recipient '" + recipient + "' is neither an agency code nor an agency template with "
          + RoutingRule.STATE);
    }
    if (rule.isPerState() && !rule.requiresKnownState()) {
      throw row.error("recipient '" + recipient + "' uses " + RoutingRule.STATE + " but when '"
          + row.fields().get(1) + "' does not require STATE_KNOWN");
    }
  }
}
