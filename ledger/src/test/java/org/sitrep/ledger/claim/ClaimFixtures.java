package org.sitrep.ledger.claim;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.model.Argument;
import org.sitrep.model.Claim;
import org.sitrep.model.QuantityClaim;
import org.sitrep.model.RelationClaim;
import org.sitrep.model.RelationType;
import org.sitrep.model.Speaker;
import org.sitrep.model.TextSpan;

/** Small builders for claim fixtures; the texts are invented for the tests. */
final class ClaimFixtures {
  private ClaimFixtures() {}

  /** A speaker; null name for the article's own voice. */
  record Voice(String name, String actorId) {
    static final Voice OWN = new Voice(null, null);
  }

  static Voice speaker(String name) {
    return new Voice(name, null);
  }

  static Voice actor(String name, String actorId) {
    return new Voice(name, actorId);
  }

  static SourcedClaim sourced(String articleId, String source, String published, Claim claim) {
    return new SourcedClaim(
        articleId, source, published == null ? null : LocalDate.parse(published), claim);
  }

  /** A number claim about {@code actorId}. */
  static Claim count(
      String id,
      Voice voice,
      String stance,
      String actorId,
      Long min,
      Long max,
      boolean maxExclusive,
      String unit,
      String asOf) {
    String text =
        (min == null ? "" : min + "-")
            + (max == null ? "" : max)
            + (unit == null ? "" : " " + unit);
    QuantityClaim quantity =
        new QuantityClaim(
            "the group",
            actorId,
            min,
            max,
            false,
            maxExclusive,
            unit,
            asOf,
            10,
            10 + text.length(),
            text);
    return claim(id, voice, stance, quantity, List.of());
  }

  /** A relation claim between two ledger actors. */
  static Claim relation(
      String id,
      Voice voice,
      String stance,
      RelationType type,
      String subjectId,
      String objectId,
      boolean negated) {
    String words = type.toString();
    RelationClaim relation =
        new RelationClaim(
            type, argument(subjectId), argument(objectId), negated, 20, 20 + words.length(), words);
    return claim(id, voice, stance, null, List.of(relation));
  }

  private static Argument argument(String actorId) {
    return new Argument(actorId, null, actorId, null, 0, actorId.length(), actorId);
  }

  private static Claim claim(
      String id,
      Voice voice,
      String stance,
      QuantityClaim quantity,
      List<RelationClaim> relations) {
    TextSpan content = new TextSpan(5, 12, "content");
    if (voice.name() == null) {
      return new Claim(id, null, null, content, false, stance, quantity, relations, List.of());
    }
    Speaker speaker =
        new Speaker(voice.name(), null, voice.actorId(), 0, voice.name().length(), voice.name());
    TextSpan cue = new TextSpan(1, 5, "said");
    return new Claim(id, speaker, cue, content, false, stance, quantity, relations, List.of());
  }

  /** The positions of a comparison's sides, in order. */
  static List<String> positions(ClaimComparison comparison) {
    return comparison.sides().stream().map(ClaimSide::position).toList();
  }

  /** The articles of a side's claims, in order. */
  static List<String> articles(ClaimSide side) {
    return side.claims().stream().map(ClaimRef::articleId).toList();
  }
}
