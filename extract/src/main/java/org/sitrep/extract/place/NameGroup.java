package org.sitrep.extract.place;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.model.PlaceFeature;

/**
 * All mentions of one name in one article (with the same keyword, if any), which get one reading.
 * Mutable while {@link PlaceResolver} works; confined to one call.
 */
final class NameGroup {
  final PlaceFeature hint;
  final List<GazetteerEntry> options;

  /** Groups named right after this one as its container: "Kot, Nangarhar". */
  final List<NameGroup> containers = new ArrayList<>();

  /** Groups that name this one as their container. */
  final List<NameGroup> contents = new ArrayList<>();

  private List<GazetteerEntry> pool;
  GazetteerEntry chosen;
  String reason;

  NameGroup(PlaceFeature hint, List<GazetteerEntry> options) {
    this.hint = hint;
    this.options = options;
    this.pool = options;
  }

  void containedBy(NameGroup outer) {
    containers.add(outer);
    outer.contents.add(this);
  }

  void narrow(CountryFocus focus) {
    pool = focus.keepHome(options);
  }

  /** Chooses the best candidate given the other groups' current readings. */
  void choose(PlaceScorer scorer, List<GazetteerEntry> others) {
    if (pool.isEmpty()) {
      return;
    }
    List<GazetteerEntry> candidates = pool;
    NameGroup inside = null;
    for (NameGroup container : containers) {
      List<GazetteerEntry> within =
          candidates.stream()
              .filter(e -> container.pool.stream().anyMatch(o -> PlaceScorer.contains(o, e)))
              .toList();
      if (!within.isEmpty()) {
        candidates = within;
        inside = container;
        break;
      }
      if (contradicts(container)) {
        chosen = null;
        reason =
            "the text puts it in "
                + container.chosen.name()
                + ", where the gazetteer has no place of this name";
        return;
      }
    }
    GazetteerEntry best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (GazetteerEntry entry : candidates) {
      double score = scorer.score(entry, hint, pool, others) + containerBonus(entry);
      if (score > bestScore) {
        best = entry;
        bestScore = score;
      }
    }
    chosen = best;
    reason = reason(candidates, inside, scorer);
  }

  /**
   * "Jaghatu district, Ghazni province" when the gazetteer knows Jaghatu only in Wardak: a
   * container marked by keywords is the text's own statement, and a namesake elsewhere would be a
   * guess.
   */
  private boolean contradicts(NameGroup container) {
    return (hint != null || container.hint != null)
        && container.chosen != null
        && (container.chosen.kind() == PlaceFeature.ADMIN1
            || container.chosen.kind() == PlaceFeature.COUNTRY);
  }

  /** A container reading that holds what its contents chose: "Athens, Georgia" is the state. */
  private double containerBonus(GazetteerEntry entry) {
    double bonus = 0;
    for (NameGroup content : contents) {
      if (content.chosen != null && PlaceScorer.contains(entry, content.chosen)) {
        bonus += 8;
      }
    }
    return bonus;
  }

  private String reason(List<GazetteerEntry> candidates, NameGroup inside, PlaceScorer scorer) {
    if (options.size() == 1) {
      return "only candidate";
    }
    StringBuilder why = new StringBuilder("best of " + options.size() + " candidates");
    if (inside != null) {
      inside.pool.stream()
          .filter(o -> PlaceScorer.contains(o, chosen))
          .findFirst()
          .ifPresent(o -> why.append(", inside ").append(o.name()).append(" as the text says"));
    }
    if (pool.size() < options.size()) {
      why.append(", in focus country ").append(scorer.focus().top());
    }
    if (candidates.size() == 1 && inside == null && pool.size() == 1) {
      return why.toString();
    }
    return why.append(", ").append(scorer.explain(chosen)).toString();
  }
}
