package mx.gob.sre.mae.gateway.infrastructure.persistence.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import mx.gob.sre.mae.gateway.application.matching.BlockingKeys;
import mx.gob.sre.mae.gateway.application.matching.MatchPolicy;
import mx.gob.sre.mae.gateway.application.matching.PersonMatcher;
import mx.gob.sre.mae.gateway.application.matching.PersonRecord;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The person index on H2 in memory, migrated by the real Flyway migrations V1..V9. */
class JdbcPersonIndexMatchTest {

  private JdbcDataSource dataSource;
  private JdbcPersonIndex index;

  private static final PersonRecord JUAN = new PersonRecord(10, "MAE-2026-000010", "José Juan", "Hernández", "López", "M",
      LocalDate.of(1998, 4, 12), null, null, "HELJ980412HVZRPN04", null, null, "MX", "MX-VER", "Coatzacoalcos", LocalDate.of(2026, 10, 2));
  private static final PersonRecord ANA = new PersonRecord(11, "MAE-2026-000011", "Ana", "Pérez", null, "F", null, 30, 2026, null,
      "PASSPORT", "G1234567", "GT", null, null, null);

  @BeforeEach
  void migrate() {
    dataSource = new JdbcDataSource();
    dataSource.setURL("jdbc:h2:mem:person-index-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    Flyway.configure().dataSource(dataSource).locations("classpath:db/migration/common", "classpath:db/migration/h2").load().migrate();
    index = new JdbcPersonIndex(dataSource);
  }

  @Test
  void everyFieldRoundTripsAndAMisspeltSecondReportFindsTheFirst() {
    index.addAll(List.of(JUAN, ANA));
    PersonRecord probe = new PersonRecord(99, null, "Pepe Juan", "Hernandes", "Lopes", null, LocalDate.of(1998, 12, 4), null, null, null,
        null, null, null, "MX-VER", null, null);
    List<PersonRecord> found = index.candidates(probe, 10);
    assertEquals(List.of(JUAN), found);
    PersonRecord anaProbe = new PersonRecord(98, null, "Ana", "Perez", null, "F", null, 31, 2027, null, null, null, null, null, null, null);
    assertEquals(List.of(ANA), index.candidates(anaProbe, 10));

    List<PersonMatcher.Candidate> ranked = new PersonMatcher(index).rank(probe);
    assertEquals(JUAN, ranked.get(0).person());
    assertTrue(ranked.get(0).decision() != MatchPolicy.Decision.NO_MATCH, ranked.get(0).result().toString());
  }

  @Test
  void indexingTheSamePersonAgainReplacesItsRowAndKeys() throws Exception {
    index.add(JUAN);
    PersonRecord corrected = new PersonRecord(10, JUAN.folio(), "José Juan", "Hernández", "López", "M", LocalDate.of(1998, 4, 13), null, null,
        null, null, null, "MX", "MX-CHP", "Tapachula", null);
    index.add(corrected);
    assertEquals(1, count("select count(*) from person_index"));
    assertEquals(BlockingKeys.of(corrected).size(), count("select count(*) from person_block"));
    assertEquals(List.of(corrected), index.candidates(corrected, 5));
    assertEquals(1, count("select count(*) from person_index where norm_first_surname = 'HERNANDEZ' and norm_given_names = 'JOSE JUAN'"));
  }

  @Test
  void candidatesSharingMoreKeysComeFirstAndTheLimitHolds() {
    PersonRecord brother = new PersonRecord(12, "MAE-2026-000012", "Luis", "Hernández", "López", "M", LocalDate.of(2001, 1, 5), null, null,
        null, null, null, "MX", "MX-VER", "Coatzacoalcos", null);
    index.addAll(List.of(brother, JUAN, ANA));
    assertEquals(List.of(JUAN, brother), index.candidates(JUAN, 10));
    assertEquals(List.of(JUAN), index.candidates(JUAN, 1));
  }

  private long count(String sql) throws Exception {
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
