package mx.gob.sre.mae.gateway.interfaces.rest;

import java.util.concurrent.ThreadLocalRandom;

/**
 * Reports filed by tests that are about routing, not matching, must be of distinct persons: a second
 * report of the same person is linked to the first case and routed as its update, not as a new case.
 * This gives each filed report a first surname no other report has.
 */
public final class DistinctPersons {

  private static final String CONSONANTS = "bcdfglmnprstvz";
  private static final String VOWELS = "aeiou";

  private DistinctPersons() {}

  /** The JSON report with its surnames and date of birth replaced by made-up ones. */
  public static String distinct(String json) {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    String date = String.format("%d-%02d-%02d", 1950 + random.nextInt(55), 1 + random.nextInt(12), 1 + random.nextInt(28));
    return json.replaceAll("\"dateOfBirth\"\\s*:\\s*\"[^\"]*\"", "\"dateOfBirth\":\"" + date + "\"").replaceAll("\"firstSurname\"\\s*:\\s*\"[^\"]*\"", "\"firstSurname\":\"" + surname() + "\"")
        .replaceAll("\"secondSurname\"\\s*:\\s*\"[^\"]*\"", "\"secondSurname\":\"" + surname() + "\"");
  }

  /** A pronounceable surname of five random syllables, e.g. "Tobemirapa". */
  public static String surname() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < 5; i++) {
      s.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))).append(VOWELS.charAt(random.nextInt(VOWELS.length())));
    }
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
