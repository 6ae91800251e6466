package org.sitrep.store.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.store.json.ExtractionJson;
import org.sitrep.store.sql.Sql;

/** Stored articles by id (or by any key they were ingested under: URL, another id). */
public final class ArticleQueries {
  private final Connection connection;

  public ArticleQueries(Connection connection) {
    this.connection = connection;
  }

  public Optional<ArticleView> article(String idOrUrl) throws SQLException {
    Optional<String> id =
        Sql.first(
            connection,
            "SELECT id FROM article WHERE id = ? UNION SELECT article_id FROM article_key WHERE key"
                + " IN (?, ?)",
            row -> row.getString(1),
            idOrUrl,
            "id:" + idOrUrl,
            "url:" + idOrUrl);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> links = new LinkedHashMap<>();
    for (String[] link :
        Sql.query(
            connection,
            "SELECT event_id, ledger_event_id FROM event_report WHERE article_id = ?"
                + " ORDER BY event_id",
            row -> new String[] {row.getString(1), row.getString(2)},
            id.get())) {
      links.put(link[0], link[1]);
    }
    List<String> copies =
        Sql.query(
            connection,
            "SELECT id FROM article WHERE copy_of = ? ORDER BY id",
            row -> row.getString(1),
            id.get());
    return Sql.first(
        connection,
        "SELECT id, ingested_at, copy_of, copy_similarity, extraction FROM article WHERE id = ?",
        row ->
            new ArticleView(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                Sql.nullableDouble(row, "copy_similarity"),
                copies,
                links,
                ExtractionJson.readExtraction(row.getString(5))),
        id.get());
  }

  /**
   * Stored articles, the most recently ingested first, skipping {@code offset} of them: one index
   * range, however many articles the ledger holds.
   */
  public List<ArticleSummary> recent(int offset, int limit) throws SQLException {
    if (offset < 0 || limit <= 0) {
      throw new IllegalArgumentException(
          "offset must be >= 0 and limit > 0, got " + offset + " and " + limit);
    }
    return Sql.query(
        connection,
        "SELECT a.id, a.title, a.source, a.published, a.ingested_at, a.copy_of,"
            + " a.rejected_reason,"
            + " (SELECT COUNT(*) FROM event_report r WHERE r.article_id = a.id)"
            + " FROM article a ORDER BY a.ingested_at DESC, a.id DESC LIMIT ? OFFSET ?",
        row ->
            new ArticleSummary(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getString(5),
                row.getString(6),
                row.getString(7),
                row.getInt(8)),
        limit,
        offset);
  }

  /**
   * The ledger's version: its newest article (ingest time and id), which every stored article
   * moves. One step down an index, however large the ledger.
   */
  public String version() throws SQLException {
    return Sql.first(
            connection,
            "SELECT ingested_at, id FROM article ORDER BY ingested_at DESC, id DESC",
            row -> row.getString(1) + " " + row.getString(2))
        .orElse("empty");
  }

  /** How many articles and ledger events the ledger holds. */
  public Counts counts() throws SQLException {
    return new Counts(
        Sql.first(connection, "SELECT COUNT(*) FROM article", row -> row.getLong(1)).orElse(0L),
        Sql.first(connection, "SELECT COUNT(*) FROM ledger_event", row -> row.getLong(1))
            .orElse(0L));
  }

  /** The size of the ledger. */
  public record Counts(long articles, long events) {}
}
