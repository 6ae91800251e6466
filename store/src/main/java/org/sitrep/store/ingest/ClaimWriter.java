package org.sitrep.store.ingest;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sitrep.model.Argument;
import org.sitrep.model.Claim;
import org.sitrep.model.QuantityClaim;
import org.sitrep.model.RelationClaim;
import org.sitrep.model.Speaker;
import org.sitrep.store.json.ExtractionJson;
import org.sitrep.store.sql.Sql;

/**
 * Writes an article's claims, with the quantities and relations they assert, under ledger actor
 * ids: the speaker's, the counted group's, and both sides of each relation.
 */
final class ClaimWriter {
  private final Connection connection;

  ClaimWriter(Connection connection) {
    this.connection = connection;
  }

  int write(StoredArticle article, List<Claim> claims, Map<String, String> actorIds)
      throws SQLException {
    for (Claim claim : claims) {
      String speakerActor =
          claim.speaker() == null
              ? null
              : ledgerId(claim.speaker().entity(), claim.speaker().actorId(), actorIds);
      Sql.update(
          connection,
          "INSERT INTO claim VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          article.id(),
          claim.id(),
          claim.speaker() == null ? null : claim.speaker().name(),
          speakerActor,
          claim.stance(),
          claim.direct(),
          claim.cue() == null ? null : claim.cue().text(),
          claim.content().text(),
          claim.content().start(),
          claim.content().end(),
          article.published(),
          ExtractionJson.write(withLedgerActors(claim, speakerActor, actorIds)));
      if (claim.quantity() != null) {
        writeQuantity(article.id(), claim.id(), claim.quantity());
      }
      int seq = 0;
      for (RelationClaim relation : claim.relations()) {
        writeRelation(article.id(), claim.id(), seq++, relation, actorIds);
      }
    }
    return claims.size();
  }

  private void writeQuantity(String articleId, String claimId, QuantityClaim q)
      throws SQLException {
    Sql.update(
        connection,
        "INSERT INTO quantity_claim VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        articleId,
        claimId,
        q.subject(),
        q.subjectActorId(),
        q.min(),
        q.max(),
        q.minExclusive(),
        q.maxExclusive(),
        q.unit(),
        q.asOf(),
        q.text(),
        q.start(),
        q.end());
  }

  private void writeRelation(
      String articleId, String claimId, int seq, RelationClaim r, Map<String, String> actorIds)
      throws SQLException {
    Sql.update(
        connection,
        "INSERT INTO relation_claim VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        articleId,
        claimId,
        seq,
        r.relation().toString(),
        r.subject().name(),
        ledgerId(r.subject(), actorIds),
        r.object().name(),
        ledgerId(r.object(), actorIds),
        r.negated(),
        r.text(),
        r.start(),
        r.end());
  }

  /** The claim with ledger actor ids for its speaker and both sides of its relations. */
  private static Claim withLedgerActors(
      Claim claim, String speakerActor, Map<String, String> actorIds) {
    Speaker s = claim.speaker();
    Speaker speaker =
        s == null
            ? null
            : new Speaker(s.name(), s.entity(), speakerActor, s.start(), s.end(), s.text());
    List<RelationClaim> relations = new ArrayList<>();
    for (RelationClaim r : claim.relations()) {
      relations.add(
          new RelationClaim(
              r.relation(),
              ledgerArgument(r.subject(), actorIds),
              ledgerArgument(r.object(), actorIds),
              r.negated(),
              r.start(),
              r.end(),
              r.text()));
    }
    return new Claim(
        claim.id(),
        speaker,
        claim.cue(),
        claim.content(),
        claim.direct(),
        claim.stance(),
        claim.quantity(),
        relations,
        claim.events());
  }

  private static Argument ledgerArgument(Argument a, Map<String, String> actorIds) {
    return new Argument(
        a.name(), a.entity(), ledgerId(a, actorIds), a.actorType(), a.start(), a.end(), a.text());
  }

  private static String ledgerId(Argument argument, Map<String, String> actorIds) {
    return ledgerId(argument.entity(), argument.actorId(), actorIds);
  }

  private static String ledgerId(String entity, String actorId, Map<String, String> actorIds) {
    return entity != null && actorIds.containsKey(entity) ? actorIds.get(entity) : actorId;
  }
}
