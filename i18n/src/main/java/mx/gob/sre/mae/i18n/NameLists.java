package mx.gob.sre.mae.i18n;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The name lists that matching people by name in Spanish needs, kept as data so that a list can
 * grow without a code change: nicknames ({@code names/nicknames.tsv}: Pepe → José, Beto → Alberto
 * or Roberto) and written abbreviations ({@code names/abbreviations.tsv}: Ma. → María, Hdez →
 * Hernández). Entries are returned as written; folding accents and case is the caller's business,
 * because this module holds locale data and no matching rules.
 */
public final class NameLists {

  /** Where an abbreviation is used. */
  public enum Scope { GIVEN, SURNAME }

  /** One abbreviation: what is written, the name it stands for, and where. */
  public record Abbreviation(String written, String name, Scope scope) { }

  private NameLists() {
  }

  /** Nickname → the given names it may stand for, the most usual first. */
  public static Map<String, List<String>> nicknames() {
    Map<String, List<String>> map = new LinkedHashMap<>();
    for (String[] row : rows("names/nicknames.tsv", 2)) {
      map.put(row[0], List.of(row[1].split("\\|")));
    }
    return map;
  }

  /** Every abbreviation of given names and surnames. */
  public static List<Abbreviation> abbreviations() {
    List<Abbreviation> list = new ArrayList<>();
    for (String[] row : rows("names/abbreviations.tsv", 3)) {
      list.add(new Abbreviation(row[0], row[1], "S".equals(row[2]) ? Scope.SURNAME : Scope.GIVEN));
    }
    return list;
  }

  private static List<String[]> rows(String resource, int columns) {
    try (InputStream in = NameLists.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + resource);
      }
      List<String[]> rows = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int lineNo = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] row = Arrays.stream(line.split("\t")).map(String::strip).toArray(String[]::new);
        if (row.length != columns || Arrays.stream(row).anyMatch(String::isEmpty)) {
          throw new IllegalStateException(resource + " line " + lineNo + ": expected " + columns + " columns");
        }
        rows.add(row);
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
