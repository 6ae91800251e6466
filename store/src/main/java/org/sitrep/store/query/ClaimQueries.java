package org.sitrep.store.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.ledger.claim.ClaimComparer;
import org.sitrep.ledger.claim.ClaimComparison;
import org.sitrep.ledger.claim.SourcedClaim;
import org.sitrep.ledger.claim.Verdict;
import org.sitrep.model.Claim;
import org.sitrep.store.json.ExtractionJson;
import org.sitrep.store.sql.Sql;

/** Claims by subject, and claims compared across articles. */
public final class ClaimQueries {
  private static final String SELECT =
      "SELECT c.article_id, a.source, c.published, c.body FROM claim c JOIN article a ON a.id ="
          + " c.article_id";
  private final Connection connection;
  private final ClaimComparer comparer = new ClaimComparer();

  public ClaimQueries(Connection connection) {
    this.connection = connection;
  }

  /** Claims about an actor (as counted subject or either side of a relation) or made by it. */
  public List<SourcedClaim> claims(String subject) throws SQLException {
    Set<String> ids = new LedgerQueries(connection).actorIds(subject);
    if (ids.isEmpty()) {
      return List.of();
    }
    String in = "(" + Sql.placeholders(ids.size()) + ")";
    List<Object> parameters = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      parameters.addAll(ids);
    }
    return Sql.query(
        connection,
        SELECT
            + " WHERE c.speaker_actor_id IN "
            + in
            + " OR EXISTS (SELECT 1 FROM quantity_claim q WHERE q.article_id = c.article_id AND"
            + " q.claim_id = c.claim_id AND q.subject_actor_id IN "
            + in
            + ") OR EXISTS (SELECT 1 FROM relation_claim r WHERE r.article_id = c.article_id AND"
            + " r.claim_id = c.claim_id AND (r.subject_actor_id IN "
            + in
            + " OR r.object_actor_id IN "
            + in
            + ")) ORDER BY c.published, c.article_id, c.content_start",
        ClaimQueries::sourced,
        parameters.toArray());
  }

  /**
   * Quantity and relation claims compared across the whole ledger; with {@code all} false, only the
   * comparisons that are not agreements.
   */
  public List<ClaimComparison> contradictions(boolean all) throws SQLException {
    List<SourcedClaim> claims =
        Sql.query(
            connection,
            SELECT
                + " WHERE EXISTS (SELECT 1 FROM quantity_claim q WHERE q.article_id = c.article_id"
                + " AND q.claim_id = c.claim_id) OR EXISTS (SELECT 1 FROM relation_claim r WHERE"
                + " r.article_id = c.article_id AND r.claim_id = c.claim_id)"
                + " ORDER BY c.published, c.article_id, c.content_start",
            ClaimQueries::sourced);
    return compare(claims, all);
  }

  /** Comparisons among the given claims; with {@code all} false, only disagreements. */
  public List<ClaimComparison> compare(List<SourcedClaim> claims, boolean all) {
    List<ClaimComparison> result = new ArrayList<>();
    for (ClaimComparison comparison : comparer.compare(claims)) {
      if (all || comparison.verdict() != Verdict.AGREE) {
        result.add(comparison);
      }
    }
    return result;
  }

  private static SourcedClaim sourced(java.sql.ResultSet row) throws SQLException {
    String published = row.getString(3);
    return new SourcedClaim(
        row.getString(1),
        row.getString(2),
        published == null ? null : LocalDate.parse(published),
        ExtractionJson.read(row.getString(4), Claim.class));
  }
}
