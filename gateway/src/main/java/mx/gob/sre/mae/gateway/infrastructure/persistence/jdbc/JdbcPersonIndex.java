package mx.gob.sre.mae.gateway.infrastructure.persistence.jdbc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import mx.gob.sre.mae.gateway.application.matching.BlockingKeys;
import mx.gob.sre.mae.gateway.application.matching.NameNormalizer;
import mx.gob.sre.mae.gateway.application.matching.PersonIndex;
import mx.gob.sre.mae.gateway.application.matching.PersonRecord;

/**
 * The person index in the database (tables {@code person_index} and {@code person_block}, migration
 * V9), so that a match request against a million reported persons reads only the few sharing a
 * blocking key: one query, an index range scan per key. Plain JDBC with short local transactions, like
 * the outbox; writes go in batches of {@value #CHUNK} persons. Works on H2 and PostgreSQL.
 */
public class JdbcPersonIndex implements PersonIndex {

  static final int CHUNK = 500;

  private static final String COLUMNS = "p.id, p.folio, p.given_names, p.first_surname, p.second_surname, p.sex, p.date_of_birth,"
      + " p.approximate_age, p.reference_year, p.curp, p.foreign_doc_type, p.foreign_doc_number, p.nationality,"
      + " p.last_seen_state, p.last_seen_place, p.last_seen_date";

  private static final String INSERT_PERSON = "insert into person_index (id, folio, given_names, first_surname, second_surname, sex,"
      + " date_of_birth, approximate_age, reference_year, curp, foreign_doc_type, foreign_doc_number, nationality, last_seen_state,"
      + " last_seen_place, last_seen_date, norm_given_names, norm_first_surname, norm_second_surname, indexed_at)"
      + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final DataSource dataSource;

  public JdbcPersonIndex(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void add(PersonRecord person) {
    addAll(List.of(person));
  }

  @Override
  public void addAll(List<PersonRecord> persons) {
    for (int from = 0; from < persons.size(); from += CHUNK) {
      List<PersonRecord> chunk = persons.subList(from, Math.min(persons.size(), from + CHUNK));
      inTransaction(c -> {
        replace(c, chunk);
        return null;
      });
    }
  }

  private static void replace(Connection c, List<PersonRecord> chunk) throws SQLException {
    String ids = String.join(",", Collections.nCopies(chunk.size(), "?"));
    for (String sql : List.of("delete from person_block where person_id in (" + ids + ")", "delete from person_index where id in (" + ids + ")")) {
      try (PreparedStatement delete = c.prepareStatement(sql)) {
        for (int i = 0; i < chunk.size(); i++) {
          delete.setLong(i + 1, chunk.get(i).id());
        }
        delete.executeUpdate();
      }
    }
    Timestamp now = Timestamp.from(Instant.now());
    try (PreparedStatement person = c.prepareStatement(INSERT_PERSON);
        PreparedStatement block = c.prepareStatement("insert into person_block (block_key, person_id) values (?, ?)")) {
      for (PersonRecord p : chunk) {
        NameNormalizer.Names names = NameNormalizer.normalize(p);
        person.setLong(1, p.id());
        person.setString(2, p.folio());
        person.setString(3, p.givenNames());
        person.setString(4, p.firstSurname());
        person.setString(5, p.secondSurname());
        person.setString(6, p.sex());
        setDate(person, 7, p.dateOfBirth());
        setInt(person, 8, p.approximateAge());
        setInt(person, 9, p.referenceYear());
        person.setString(10, p.curp());
        person.setString(11, p.foreignDocumentType());
        person.setString(12, p.foreignDocumentNumber());
        person.setString(13, p.nationality());
        person.setString(14, p.lastSeenState());
        person.setString(15, p.lastSeenPlace());
        setDate(person, 16, p.lastSeenDate());
        person.setString(17, names.given());
        person.setString(18, names.firstSurname());
        person.setString(19, names.secondSurname());
        person.setTimestamp(20, now);
        person.addBatch();
        for (String key : BlockingKeys.of(p)) {
          block.setString(1, key);
          block.setLong(2, p.id());
          block.addBatch();
        }
      }
      person.executeBatch();
      block.executeBatch();
    }
  }

  @Override
  public List<PersonRecord> candidates(PersonRecord probe, int limit) {
    Set<String> keys = BlockingKeys.of(probe);
    if (keys.isEmpty() || limit <= 0) {
      return List.of();
    }
    String sql = "select " + COLUMNS + " from person_index p join ("
        + "select person_id, count(*) as shared from person_block where block_key in ("
        + String.join(",", Collections.nCopies(keys.size(), "?"))
        + ") group by person_id order by count(*) desc, person_id limit ?) b on b.person_id = p.id"
        + " order by b.shared desc, p.id";
    try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(sql)) {
      int i = 1;
      for (String key : keys) {
        select.setString(i++, key);
      }
      select.setInt(i, limit);
      List<PersonRecord> found = new ArrayList<>();
      try (ResultSet rs = select.executeQuery()) {
        while (rs.next()) {
          found.add(read(rs));
        }
      }
      return found;
    } catch (SQLException e) {
      throw new PersonIndexException(e);
    }
  }

  private static PersonRecord read(ResultSet rs) throws SQLException {
    return new PersonRecord(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
        date(rs, 7), integer(rs, 8), integer(rs, 9), rs.getString(10), rs.getString(11), rs.getString(12), rs.getString(13),
        rs.getString(14), rs.getString(15), date(rs, 16));
  }

  private static LocalDate date(ResultSet rs, int column) throws SQLException {
    Date d = rs.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  private static Integer integer(ResultSet rs, int column) throws SQLException {
    int v = rs.getInt(column);
    return rs.wasNull() ? null : v;
  }

  private static void setDate(PreparedStatement s, int column, LocalDate date) throws SQLException {
    if (date == null) {
      s.setNull(column, Types.DATE);
    } else {
      s.setDate(column, Date.valueOf(date));
    }
  }

  private static void setInt(PreparedStatement s, int column, Integer value) throws SQLException {
    if (value == null) {
      s.setNull(column, Types.INTEGER);
    } else {
      s.setInt(column, value);
    }
  }

  private <T> T inTransaction(JdbcOutbox.SqlWork<T> work) {
    return JdbcOutbox.inTransaction(dataSource, work, PersonIndexException::new);
  }

  /** A database failure of the person index. */
  public static class PersonIndexException extends RuntimeException {
    PersonIndexException(SQLException cause) {
      super(cause);
    }
  }
}
