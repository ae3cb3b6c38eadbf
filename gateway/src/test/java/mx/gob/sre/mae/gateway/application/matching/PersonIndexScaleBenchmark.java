package mx.gob.sre.mae.gateway.application.matching;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import mx.gob.sre.mae.gateway.infrastructure.persistence.jdbc.JdbcPersonIndex;
import org.flywaydb.core.Flyway;

/**
 * Match latency with a million persons on PostgreSQL (a benchmark, not a test: run by
 * deploy/bench/matching-benchmark.sh on a dedicated, freshly created database). Migrates the
 * database with the gateway's Flyway migrations, loads synthetic persons through
 * {@link JdbcPersonIndex#addAll}, then times match requests end to end (candidate query + scoring)
 * for second reports of loaded persons. Prints load time, index size, p50/p95/p99 and the blocking
 * recall seen through the database; exit status 0 when p99 is within the target, 1 otherwise.
 *
 * <p>Arguments: JDBC URL, user, password, persons (1000000), queries (2000), seed (8).
 */
public final class PersonIndexScaleBenchmark {

  static final double TARGET_P99_MS = 50;
  private static final int WARMUP = 300;

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int persons = args.length > 3 ? Integer.parseInt(args[3]) : 1_000_000;
    int queries = args.length > 4 ? Integer.parseInt(args[4]) : 2_000;
    long seed = args.length > 5 ? Long.parseLong(args[5]) : 8;
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url);
    config.setUsername(args[1]);
    config.setPassword(args[2]);
    config.setMaximumPoolSize(2);
    config.addDataSourceProperty("reWriteBatchedInserts", "true");
    try (HikariDataSource dataSource = new HikariDataSource(config)) {
      Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/postgresql").load().migrate();
      JdbcPersonIndex index = new JdbcPersonIndex(dataSource);
      SyntheticPersons gen = new SyntheticPersons(seed);

      // load, keeping every k-th person as the original of a later second report
      int every = Math.max(1, persons / (queries + WARMUP));
      List<PersonRecord> originals = new ArrayList<>();
      long start = System.nanoTime();
      int batch = 5_000;
      for (int done = 0; done < persons; done += batch) {
        List<PersonRecord> chunk = gen.persons(Math.min(batch, persons - done));
        index.addAll(chunk);
        for (int i = 0; i < chunk.size(); i++) {
          if ((done + i) % every == 0) {
            originals.add(chunk.get(i));
          }
        }
        if ((done + batch) % 100_000 == 0) {
          System.out.printf(Locale.ROOT, "[scale] loaded %,d persons in %.0f s%n", done + batch, (System.nanoTime() - start) / 1e9);
        }
      }
      double loadSeconds = (System.nanoTime() - start) / 1e9;
      long blockRows;
      String sizes;
      try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
        s.execute("analyze person_index");
        s.execute("analyze person_block");
        try (ResultSet rs = s.executeQuery("select (select count(*) from person_block),"
            + " pg_size_pretty(pg_total_relation_size('person_index')), pg_size_pretty(pg_total_relation_size('person_block')),"
            + " pg_size_pretty(pg_indexes_size('person_block'))")) {
          rs.next();
          blockRows = rs.getLong(1);
          sizes = "person_index " + rs.getString(2) + ", person_block " + rs.getString(3) + " (of which indexes " + rs.getString(4) + ")";
        }
      }
      System.out.printf(Locale.ROOT, "[scale] load: %,d persons, %,d block rows in %.1f s (%,.0f persons/s)%n", persons, blockRows, loadSeconds,
          persons / loadSeconds);
      System.out.println("[scale] size: " + sizes);

      // match requests: second reports of loaded persons, every corruption type in turn
      PersonMatcher matcher = new PersonMatcher(index);
      SyntheticPersons.Corruption[] types = SyntheticPersons.Corruption.values();
      double[] millis = new double[queries];
      int measured = 0;
      int found = 0;
      int autoOrReview = 0;
      long candidates = 0;
      for (int q = 0; q < originals.size() && measured < queries; q++) {
        PersonRecord original = originals.get(q);
        PersonRecord probe = gen.duplicate(original, types[q % types.length]);
        if (probe == null) {
          probe = gen.duplicate(original, SyntheticPersons.Corruption.TYPO);
        }
        if (probe == null) {
          continue;
        }
        long t0 = System.nanoTime();
        List<PersonMatcher.Candidate> ranked = matcher.rank(probe);
        long t1 = System.nanoTime();
        if (q < WARMUP) {
          continue;
        }
        millis[measured++] = (t1 - t0) / 1e6;
        candidates += ranked.size();
        for (PersonMatcher.Candidate c : ranked) {
          if (c.person().id() == original.id()) {
            found++;
            if (c.decision() != MatchPolicy.Decision.NO_MATCH) {
              autoOrReview++;
            }
          }
        }
      }
      double[] sorted = Arrays.copyOf(millis, measured);
      Arrays.sort(sorted);
      double p50 = percentile(sorted, 0.50);
      double p95 = percentile(sorted, 0.95);
      double p99 = percentile(sorted, 0.99);
      System.out.printf(Locale.ROOT, "[scale] %d match requests (after %d warm-up): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n", measured,
          WARMUP, p50, p95, p99, sorted[measured - 1]);
      System.out.printf(Locale.ROOT, "[scale] candidates per request %.1f; original among candidates %.4f; at review or above %.4f%n",
          (double) candidates / measured, (double) found / measured, (double) autoOrReview / measured);
      boolean ok = p99 <= TARGET_P99_MS;
      System.out.printf(Locale.ROOT, "[scale] p99 %.2f ms (target <= %.0f ms) %s%n", p99, TARGET_P99_MS, ok ? "OK" : "MISSED");
      System.exit(ok ? 0 : 1);
    }
  }

  private static double percentile(double[] sorted, double p) {
    int i = (int) Math.ceil(p * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
  }
}
