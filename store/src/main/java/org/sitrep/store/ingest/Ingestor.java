package org.sitrep.store.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.model.Article;
import org.sitrep.model.Extraction;
import org.sitrep.store.json.ExtractionJson;
import org.sitrep.store.sql.Sql;

/**
 * Stores one extraction per transaction: the article and its keys, its resolved actors, its events
 * linked into ledger events, its claims. A record the ledger already holds changes nothing; a
 * process killed mid-article leaves no trace of that article, so a rerun completes the work without
 * loss or doubles.
 *
 * <p>Design decision: text at estimated similarity 0.9 or more to a stored article is the same
 * article (a re-post, a corrected typo) and changes nothing; from 0.5 it is a wire copy or a
 * rewrite of the same report: stored, linked with {@code copy_of}, and its reports count as sources
 * of the ledger's events but not as independent ones.
 */
public final class Ingestor {
  static final double SAME_TEXT = 0.9;
  static final double COPY = 0.5;
  private final Connection connection;

  /** Writes through {@code connection}, which must not be in auto-commit mode. */
  public Ingestor(Connection connection) {
    this.connection = connection;
  }

  /** The stored article an incoming one is by id, URL or text, if any. Reads only. */
  public Optional<String> known(Article article) throws SQLException {
    List<String> keys = ArticleKeys.of(article);
    return Sql.first(
        connection,
        "SELECT article_id FROM article_key WHERE key IN (" + Sql.placeholders(keys.size()) + ")",
        row -> row.getString(1),
        keys.toArray());
  }

  /** Stores one extraction in one transaction and says what it did. */
  public IngestOutcome ingest(Extraction extraction) throws SQLException {
    try {
      IngestOutcome outcome = store(extraction);
      connection.commit();
      return outcome;
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    }
  }

  private IngestOutcome store(Extraction extraction) throws SQLException {
    Article article = extraction.article();
    if (extraction.rejected() != null) {
      return storeRejected(extraction);
    }
    List<String> keys = ArticleKeys.of(article);
    Optional<String> known = known(article);
    if (known.isPresent()) {
      String matched = matchedKey(keys, known.get());
      addKeys(keys, known.get());
      return IngestOutcome.duplicate(known.get(), "same " + matched);
    }
    long[] signature = MinHash.signature(article.text());
    Optional<Similar> similar = mostSimilar(signature);
    if (similar.isPresent() && similar.get().similarity() >= SAME_TEXT) {
      addKeys(keys, similar.get().articleId());
      return IngestOutcome.duplicate(
          similar.get().articleId(),
          String.format("near-identical text (similarity %.2f)", similar.get().similarity()));
    }
    String copyOf = similar.map(Similar::root).orElse(null);
    String id = freeId(article.id());
    insertArticle(extraction, id, copyOf, similar, signature);
    addKeys(keys, id);
    for (String band : MinHash.bands(signature)) {
      Sql.update(
          connection, "INSERT INTO article_band VALUES (?, ?) ON CONFLICT DO NOTHING", band, id);
    }
    StoredArticle stored = new StoredArticle(id, article.source(), article.published(), copyOf);
    Map<String, String> actorIds = new ActorResolver(connection).resolve(id, extraction.entities());
    EventLinker.Linked linked =
        new EventLinker(connection).link(stored, extraction.events(), actorIds);
    int claims = new ClaimWriter(connection).write(stored, extraction.claims(), actorIds);
    return new IngestOutcome(
        id,
        copyOf == null ? IngestOutcome.Status.ADDED : IngestOutcome.Status.COPY,
        copyOf == null
            ? null
            : String.format("copy of %s (similarity %.2f)", copyOf, similar.get().similarity()),
        linked.added(),
        linked.joined(),
        claims);
  }

  /**
   * A record that could not be read is kept with its reason, under its id, once: it has no text to
   * recognise it by, and it never enters the ledger.
   */
  private IngestOutcome storeRejected(Extraction extraction) throws SQLException {
    String id = extraction.article().id();
    String reason = extraction.rejected().reason().toString();
    if (Sql.first(connection, "SELECT 1 FROM article WHERE id = ?", row -> 1, id).isPresent()) {
      return IngestOutcome.duplicate(id, "same id (rejected: " + reason + ")");
    }
    insertArticle(extraction, id, null, Optional.empty(), new long[0]);
    return new IngestOutcome(id, IngestOutcome.Status.REJECTED, reason, 0, 0, 0);
  }

  /**
   * The article's id, or, when another article already has it (ids made up from file and line
   * repeat across feeds), the id with a suffix.
   */
  private String freeId(String id) throws SQLException {
    String candidate = id;
    for (int n = 2;
        Sql.first(connection, "SELECT 1 FROM article WHERE id = ?", row -> 1, candidate)
            .isPresent();
        n++) {
      candidate = id + "~" + n;
    }
    return candidate;
  }

  /** The most similar stored article sharing a band, if its similarity reaches {@link #COPY}. */
  private record Similar(String articleId, String root, double similarity) {}

  private Optional<Similar> mostSimilar(long[] signature) throws SQLException {
    List<String> bands = MinHash.bands(signature);
    if (bands.isEmpty()) {
      return Optional.empty();
    }
    List<String[]> candidates =
        Sql.query(
            connection,
            "SELECT DISTINCT a.id, a.copy_of, a.minhash FROM article_band b JOIN article a ON"
                + " a.id = b.article_id WHERE b.band IN ("
                + Sql.placeholders(bands.size())
                + ") LIMIT 200",
            row -> new String[] {row.getString(1), row.getString(2), row.getString(3)},
            bands.toArray());
    Similar best = null;
    for (String[] candidate : candidates) {
      double similarity = MinHash.similarity(signature, MinHash.decode(candidate[2]));
      if (similarity >= COPY && (best == null || similarity > best.similarity())) {
        String root = candidate[1] == null ? candidate[0] : candidate[1];
        best = new Similar(candidate[0], root, similarity);
      }
    }
    return Optional.ofNullable(best);
  }

  private void insertArticle(
      Extraction extraction, String id, String copyOf, Optional<Similar> similar, long[] signature)
      throws SQLException {
    Article article = extraction.article();
    Sql.update(
        connection,
        "INSERT INTO article VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        id,
        article.url(),
        ArticleKeys.textHash(article.text()),
        article.title(),
        article.source(),
        article.published(),
        article.publishedFrom(),
        Instant.now().toString(),
        copyOf,
        copyOf == null ? null : similar.get().similarity(),
        MinHash.encode(signature),
        extraction.rejected() == null ? null : extraction.rejected().reason().toString(),
        extraction.rejected() == null ? null : extraction.rejected().detail(),
        ExtractionJson.write(extraction));
  }

  private void addKeys(List<String> keys, String articleId) throws SQLException {
    for (String key : keys) {
      Sql.update(
          connection,
          "INSERT INTO article_key VALUES (?, ?) ON CONFLICT DO NOTHING",
          key,
          articleId);
    }
  }

  private String matchedKey(List<String> keys, String articleId) throws SQLException {
    List<String> matched = new ArrayList<>();
    for (String key : keys) {
      if (Sql.first(
              connection,
              "SELECT 1 FROM article_key WHERE key = ? AND article_id = ?",
              row -> 1,
              key,
              articleId)
          .isPresent()) {
        matched.add(key.substring(0, key.indexOf(':')));
      }
    }
    return String.join(", ", matched);
  }
}
