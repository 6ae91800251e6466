package org.sitrep.store.sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Plain JDBC in one line per statement: parameters bound by position, rows mapped by a lambda. The
 * same SQL runs on SQLite and PostgreSQL (see the migration script for the types both share).
 */
public final class Sql {
  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet row) throws SQLException;
  }

  private Sql() {}

  /** Runs an insert, update or delete; returns the number of rows changed. */
  public static int update(Connection connection, String sql, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters)) {
      return statement.executeUpdate();
    }
  }

  /** Runs a query and maps every row. */
  public static <T> List<T> query(
      Connection connection, String sql, Row<T> mapper, Object... parameters) throws SQLException {
    try (PreparedStatement statement = prepare(connection, sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<T> result = new ArrayList<>();
      while (rows.next()) {
        result.add(mapper.map(rows));
      }
      return result;
    }
  }

  /** Runs a query expected to give at most one row. */
  public static <T> Optional<T> first(
      Connection connection, String sql, Row<T> mapper, Object... parameters) throws SQLException {
    List<T> rows = query(connection, sql + " LIMIT 1", mapper, parameters);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  /** "?, ?, ?" for an IN list of {@code n} values. */
  public static String placeholders(int n) {
    return String.join(", ", java.util.Collections.nCopies(n, "?"));
  }

  /** A nullable BIGINT column as a Long. */
  public static Long nullableLong(ResultSet row, String column) throws SQLException {
    long value = row.getLong(column);
    return row.wasNull() ? null : value;
  }

  /** A nullable DOUBLE PRECISION column as a Double. */
  public static Double nullableDouble(ResultSet row, String column) throws SQLException {
    double value = row.getDouble(column);
    return row.wasNull() ? null : value;
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      if (value == null) {
        statement.setNull(i + 1, Types.NULL);
      } else if (value instanceof Boolean flag) {
        statement.setInt(i + 1, flag ? 1 : 0);
      } else if (value instanceof Enum<?> || value instanceof java.time.LocalDate) {
        statement.setString(i + 1, value.toString());
      } else {
        statement.setObject(i + 1, value);
      }
    }
    return statement;
  }
}
