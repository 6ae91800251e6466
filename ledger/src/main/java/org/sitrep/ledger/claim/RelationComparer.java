package org.sitrep.ledger.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sitrep.model.Argument;
import org.sitrep.model.Claim;
import org.sitrep.model.RelationClaim;
import org.sitrep.model.RelationType;

/**
 * Compares what claims say about how two actors stand to each other. Allied and at-odds claims on
 * one pair form one group whatever the order of the actors; supports claims form a group per
 * direction. A group with positions that cannot both hold is contested. Stateless.
 */
final class RelationComparer {

  /** A position on a pair, after the relation's own negation and the claim's denial. */
  enum Position {
    ALLIED("allied"),
    NOT_ALLIED("not allied"),
    AT_ODDS("at odds"),
    NOT_AT_ODDS("not at odds"),
    SUPPORTS("supports"),
    NOT_SUPPORTS("does not support");

    private final String words;

    Position(String words) {
      this.words = words;
    }

    static Position of(RelationType type, boolean holds) {
      return switch (type) {
        case ALLIED -> holds ? ALLIED : NOT_ALLIED;
        case AT_ODDS -> holds ? AT_ODDS : NOT_AT_ODDS;
        case SUPPORTS -> holds ? SUPPORTS : NOT_SUPPORTS;
      };
    }

    /**
     * Positions that cannot both hold. Design decision: "not allied" and "at odds" are compatible
     * (rivals are not allies), and so are "allied" and "not at odds".
     */
    boolean contradicts(Position other) {
      return switch (this) {
        case ALLIED -> other == NOT_ALLIED || other == AT_ODDS;
        case NOT_ALLIED -> other == ALLIED;
        case AT_ODDS -> other == NOT_AT_ODDS || other == ALLIED;
        case NOT_AT_ODDS -> other == AT_ODDS;
        case SUPPORTS -> other == NOT_SUPPORTS;
        case NOT_SUPPORTS -> other == SUPPORTS;
      };
    }

    @Override
    public String toString() {
      return words;
    }
  }

  private record Entry(Position position, ClaimRef ref) {}

  List<ClaimComparison> compare(List<SourcedClaim> claims) {
    Map<String, List<Entry>> groups = new TreeMap<>();
    for (SourcedClaim sourced : claims) {
      Claim claim = sourced.claim();
      for (RelationClaim relation : claim.relations()) {
        String subject = actor(relation.subject());
        String object = actor(relation.object());
        if (subject.equals(object)) {
          continue; // an actor related to itself is a resolution slip, not a position on a pair
        }
        boolean holds = relation.negated() == ClaimSources.isDenial(claim.stance());
        groups
            .computeIfAbsent(pair(relation.relation(), subject, object), p -> new ArrayList<>())
            .add(new Entry(Position.of(relation.relation(), holds), ref(sourced, relation)));
      }
    }
    List<ClaimComparison> comparisons = new ArrayList<>();
    groups.forEach(
        (pair, entries) -> {
          if (entries.size() >= 2) {
            comparisons.add(compareGroup(pair, entries));
          }
        });
    return comparisons;
  }

  /** The ledger actor id, else the name as the text gives it, lower-cased. */
  private static String actor(Argument argument) {
    return argument.actorId() != null
        ? argument.actorId()
        : argument.name().toLowerCase(Locale.ROOT);
  }

  /** "a ~ b", sorted, for the symmetric relations; "a → b" for support, which has a direction. */
  private static String pair(RelationType type, String subject, String object) {
    if (type == RelationType.SUPPORTS) {
      return subject + " → " + object;
    }
    return subject.compareTo(object) <= 0 ? subject + " ~ " + object : object + " ~ " + subject;
  }

  private static ClaimRef ref(SourcedClaim sourced, RelationClaim relation) {
    Claim claim = sourced.claim();
    return new ClaimRef(
        sourced.articleId(),
        claim.id(),
        claim.speaker() == null ? null : claim.speaker().name(),
        claim.stance(),
        sourced.published(),
        ClaimSources.month(sourced.published()),
        relation.text(),
        relation.start(),
        relation.end());
  }

  private static ClaimComparison compareGroup(String pair, List<Entry> entries) {
    Map<Position, List<ClaimRef>> byPosition = new EnumMap<>(Position.class);
    for (Entry entry : entries) {
      byPosition.computeIfAbsent(entry.position(), p -> new ArrayList<>()).add(entry.ref());
    }
    List<ClaimSide> sides = new ArrayList<>();
    byPosition.forEach(
        (position, refs) ->
            sides.add(
                new ClaimSide(
                    position.toString(),
                    refs.stream().sorted(ClaimSources.BY_PUBLISHED).toList())));
    sides.sort(
        Comparator.comparing((ClaimSide side) -> side.claims().get(0), ClaimSources.BY_PUBLISHED));
    boolean contested =
        byPosition.keySet().stream()
            .anyMatch(p -> byPosition.keySet().stream().anyMatch(p::contradicts));
    String explanation = String.join("; ", sides.stream().map(RelationComparer::describe).toList());
    return new ClaimComparison(
        "relation", pair, contested ? Verdict.CONTESTED : Verdict.AGREE, explanation, sides);
  }

  /** "allied: 3 claims (2016-08)", "not allied: Taliban denial (2016-08)". */
  private static String describe(ClaimSide side) {
    List<ClaimRef> refs = side.claims();
    String who;
    if (refs.size() == 1) {
      ClaimRef ref = refs.get(0);
      who = ClaimSources.who(ref) + denial(ref.stance());
    } else {
      who = refs.size() + " claims";
    }
    TreeSet<String> dates = new TreeSet<>();
    refs.stream().map(ClaimRef::asOf).filter(Objects::nonNull).forEach(dates::add);
    return side.position()
        + ": "
        + who
        + (dates.isEmpty() ? "" : " (" + String.join(", ", dates) + ")");
  }

  private static String denial(String stance) {
    if (!ClaimSources.isDenial(stance)) {
      return "";
    }
    return stance.toLowerCase(Locale.ROOT).equals("refuse") ? " refusal" : " denial";
  }
}
