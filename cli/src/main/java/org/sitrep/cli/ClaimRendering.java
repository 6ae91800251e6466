package org.sitrep.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sitrep.ledger.claim.ClaimComparison;
import org.sitrep.ledger.claim.ClaimRef;
import org.sitrep.ledger.claim.ClaimSide;
import org.sitrep.ledger.claim.SourcedClaim;
import org.sitrep.model.Claim;
import org.sitrep.model.QuantityClaim;
import org.sitrep.model.RelationClaim;

/** Claims and claim comparisons in the three output formats. */
final class ClaimRendering {
  private ClaimRendering() {}

  static void claims(PrintWriter out, LedgerFormat format, List<SourcedClaim> claims) {
    switch (format) {
      case jsonl -> LedgerFormat.jsonl(out, claims);
      case csv -> LedgerFormat.csv(out, claims.stream().map(ClaimRendering::flat).toList());
      case pretty -> claims.forEach(c -> out.println(pretty(c)));
    }
  }

  static void comparisons(PrintWriter out, LedgerFormat format, List<ClaimComparison> list) {
    switch (format) {
      case jsonl -> LedgerFormat.jsonl(out, list);
      case csv -> LedgerFormat.csv(out, list.stream().flatMap(ClaimRendering::sideRows).toList());
      case pretty -> list.forEach(c -> out.print(pretty(c)));
    }
  }

  static String pretty(SourcedClaim sourced) {
    Claim c = sourced.claim();
    StringBuilder text = new StringBuilder();
    text.append(sourced.articleId())
        .append(' ')
        .append(c.id())
        .append(" (")
        .append(sourced.published())
        .append(") ")
        .append(c.speaker() == null ? "the article itself" : c.speaker().name())
        .append(' ')
        .append(c.stance())
        .append(c.direct() ? " (quote)" : "")
        .append(": \"")
        .append(c.content().text())
        .append('"');
    if (c.quantity() != null) {
      text.append("\n    number: ").append(quantity(c.quantity()));
    }
    for (RelationClaim r : c.relations()) {
      text.append("\n    relation: ").append(relation(r));
    }
    return text.toString();
  }

  static String pretty(ClaimComparison comparison) {
    StringBuilder text = new StringBuilder();
    text.append(comparison.verdict().toString().toUpperCase())
        .append("  ")
        .append(comparison.kind())
        .append(": ")
        .append(comparison.subject())
        .append('\n')
        .append("  ")
        .append(comparison.explanation())
        .append('\n');
    for (ClaimSide side : comparison.sides()) {
      text.append("  * ").append(side.position()).append('\n');
      for (ClaimRef ref : side.claims()) {
        text.append(
            String.format(
                "      %s %s (%s): %s %s \"%s\" [%d-%d]%n",
                ref.articleId(),
                ref.claimId(),
                ref.published(),
                ref.speaker() == null ? "the article itself" : ref.speaker(),
                ref.stance(),
                ref.text(),
                ref.start(),
                ref.end()));
      }
    }
    return text.append('\n').toString();
  }

  private static Map<String, Object> flat(SourcedClaim sourced) {
    Claim c = sourced.claim();
    Map<String, Object> r = LedgerFormat.row();
    r.put("article_id", sourced.articleId());
    r.put("claim_id", c.id());
    r.put("published", sourced.published());
    r.put("speaker", c.speaker() == null ? null : c.speaker().name());
    r.put("speaker_actor_id", c.speaker() == null ? null : c.speaker().actorId());
    r.put("stance", c.stance());
    r.put("direct", c.direct());
    r.put("content", c.content().text());
    r.put("content_start", c.content().start());
    r.put("content_end", c.content().end());
    r.put("quantity", c.quantity() == null ? null : quantity(c.quantity()));
    r.put(
        "relations",
        c.relations().stream().map(ClaimRendering::relation).collect(Collectors.joining("|")));
    return r;
  }

  private static java.util.stream.Stream<Map<String, Object>> sideRows(ClaimComparison c) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (ClaimSide side : c.sides()) {
      for (ClaimRef ref : side.claims()) {
        Map<String, Object> r = LedgerFormat.row();
        r.put("kind", c.kind());
        r.put("subject", c.subject());
        r.put("verdict", c.verdict());
        r.put("position", side.position());
        r.put("article_id", ref.articleId());
        r.put("claim_id", ref.claimId());
        r.put("published", ref.published());
        r.put("as_of", ref.asOf());
        r.put("speaker", ref.speaker());
        r.put("stance", ref.stance());
        r.put("text", ref.text());
        r.put("start", ref.start());
        r.put("end", ref.end());
        r.put("explanation", c.explanation());
        rows.add(r);
      }
    }
    return rows.stream();
  }

  private static String quantity(QuantityClaim q) {
    String low = q.min() == null ? "?" : (q.minExclusive() ? ">" : "") + q.min();
    String high = q.max() == null ? "?" : (q.maxExclusive() ? "<" : "") + q.max();
    return String.format(
        "%s: %s..%s%s%s",
        q.subjectActorId() == null ? q.subject() : q.subjectActorId(),
        low,
        high,
        q.unit() == null ? "" : " " + q.unit(),
        q.asOf() == null ? "" : " as of " + q.asOf());
  }

  private static String relation(RelationClaim r) {
    return String.format(
        "%s %s%s %s",
        r.subject().actorId() == null ? r.subject().name() : r.subject().actorId(),
        r.negated() ? "not " : "",
        r.relation(),
        r.object().actorId() == null ? r.object().name() : r.object().actorId());
  }
}
