package org.sitrep.store.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostgresServerTest {

  @Test
  void serves_on_loopback_only() {
    assertThat(PostgresServer.jdbcUrl())
        .matches("jdbc:postgresql://127\\.0\\.0\\.1:\\d+/sitrep_test\\?user=postgres");
  }

  @Test
  void stores_a_row_and_reads_it_back() throws SQLException {
    try (Connection connection = DriverManager.getConnection(PostgresServer.jdbcUrl());
        Statement statement = connection.createStatement()) {
      statement.execute("DROP TABLE IF EXISTS probe");
      statement.execute("CREATE TABLE probe (id integer PRIMARY KEY, place text NOT NULL)");
      statement.execute("INSERT INTO probe VALUES (1, 'Kramatorsk'), (2, 'Goma')");
      List<String> places = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery("SELECT place FROM probe ORDER BY id")) {
        while (rows.next()) {
          places.add(rows.getString(1));
        }
      }
      assertThat(places).containsExactly("Kramatorsk", "Goma");
      try (ResultSet version = statement.executeQuery("SHOW server_version_num")) {
        version.next();
        assertThat(Integer.parseInt(version.getString(1))).isGreaterThanOrEqualTo(130000);
      }
    }
  }

  @Test
  void a_fresh_database_is_empty_even_after_an_earlier_one_of_that_name_had_tables()
      throws SQLException {
    String first = PostgresServer.freshDatabase("server_test_fresh");
    try (Connection connection = DriverManager.getConnection(first);
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE TABLE leftover (id integer)");
      assertThat(tableCount(statement)).isEqualTo(1);
    }
    String second = PostgresServer.freshDatabase("server_test_fresh");
    assertThat(second).isEqualTo(first).contains("/server_test_fresh?");
    try (Connection connection = DriverManager.getConnection(second);
        Statement statement = connection.createStatement()) {
      assertThat(tableCount(statement)).isZero();
    }
  }

  @Test
  void a_fresh_database_drops_connections_left_open_on_the_old_one() throws SQLException {
    String url = PostgresServer.freshDatabase("server_test_open");
    try (Connection leftOpen = DriverManager.getConnection(url)) {
      String again = PostgresServer.freshDatabase("server_test_open");
      assertThat(leftOpen.isValid(2)).isFalse();
      try (Connection connection = DriverManager.getConnection(again);
          Statement statement = connection.createStatement()) {
        assertThat(tableCount(statement)).isZero();
      }
    }
  }

  @Test
  void rejects_a_database_name_that_is_not_a_plain_identifier() {
    assertThatThrownBy(() -> PostgresServer.freshDatabase("x; DROP DATABASE postgres"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("x; DROP DATABASE postgres");
    assertThatThrownBy(() -> PostgresServer.freshDatabase("sitrep_test"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static int tableCount(Statement statement) throws SQLException {
    try (ResultSet rows =
        statement.executeQuery(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
