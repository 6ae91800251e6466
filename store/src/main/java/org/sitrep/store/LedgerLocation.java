package org.sitrep.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a ledger lives, as the user gives it to {@code --db}: a file path (SQLite) or a PostgreSQL
 * URL ({@code postgresql://host:port/db?user=…}, with or without the {@code jdbc:} prefix).
 *
 * @param engine the database kind
 * @param jdbcUrl the JDBC URL to connect with
 * @param display the location for messages, without credentials
 */
public record LedgerLocation(Engine engine, String jdbcUrl, String display) {
  public LedgerLocation {
    Objects.requireNonNull(engine, "engine");
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Objects.requireNonNull(display, "display");
  }

  /** Reads a {@code --db} value. */
  public static LedgerLocation parse(String value) {
    Objects.requireNonNull(value, "value");
    String url = value.startsWith("jdbc:") ? value.substring("jdbc:".length()) : value;
    if (url.startsWith("postgresql://") || url.startsWith("postgres://")) {
      String normalized = url.replaceFirst("^postgres://", "postgresql://");
      return new LedgerLocation(
          Engine.POSTGRESQL, "jdbc:" + normalized, withoutSecrets(normalized));
    }
    if (url.startsWith("sqlite:")) {
      url = url.substring("sqlite:".length());
    }
    if (url.isBlank()) {
      throw new IllegalArgumentException("--db needs a file path or a postgresql:// URL");
    }
    Path file = Path.of(url).toAbsolutePath().normalize();
    return new LedgerLocation(Engine.SQLITE, "jdbc:sqlite:" + file, file.toString());
  }

  private static String withoutSecrets(String url) {
    return url.replaceAll("password=[^&]*", "password=***").replaceAll("//[^/@]*@", "//***@");
  }
}
