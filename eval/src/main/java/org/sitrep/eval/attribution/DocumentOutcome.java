package org.sitrep.eval.attribution;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sitrep.eval.Tally;
import org.sitrep.model.Span;

/**
 * One system's attributions on one article, matched to the gold ones under every score of the
 * package documentation. Everything is matched once, when the outcome is made.
 */
public final class DocumentOutcome {
  private final PolnearDocument document;
  private final List<PredictedAttribution> predicted;
  private final Map<Role, Map<SpanMatcher, Tally>> roles = new EnumMap<>(Role.class);
  private final Map<SpanMatcher, Matching> pairs = new EnumMap<>(SpanMatcher.class);
  private final Map<SpanMatcher, Matching> contents = new EnumMap<>(SpanMatcher.class);

  /** The gold and predicted units one pair score compares, and which of them matched. */
  private record Matching(
      List<AttributionUnit> gold, List<AttributionUnit> predicted, List<OneToOne.Pair> pairs) {
    Tally tally() {
      return new Tally(gold.size(), predicted.size(), pairs.size());
    }
  }

  public DocumentOutcome(PolnearDocument document, List<PredictedAttribution> predicted) {
    this.document = document;
    this.predicted = List.copyOf(predicted);
    for (SpanMatcher matcher : SpanMatcher.values()) {
      for (Role role : Role.values()) {
        roles
            .computeIfAbsent(role, r -> new EnumMap<>(SpanMatcher.class))
            .put(matcher, scoreRole(role, matcher));
      }
      pairs.put(matcher, match(matcher, true));
      contents.put(matcher, match(matcher, false));
    }
  }

  public PolnearDocument document() {
    return document;
  }

  public List<PredictedAttribution> predicted() {
    return predicted;
  }

  /** Distinct spans of {@code role} on each side, matched one to one. */
  public Tally role(Role role, SpanMatcher matcher) {
    return roles.get(role).get(matcher);
  }

  /** Attributions matched on source and content ({@code withSource}), or on content alone. */
  public Tally attributions(SpanMatcher matcher, boolean withSource) {
    return (withSource ? pairs : contents).get(matcher).tally();
  }

  /**
   * The prediction matched to gold attribution {@code g} under this score; empty when none, or when
   * the gold attribution has no content and so takes no part in the pair scores.
   */
  public Optional<PredictedAttribution> matchOfGold(
      int g, SpanMatcher matcher, boolean withSource) {
    GoldAttribution gold = document.gold().get(g);
    if (gold.content() == null) {
      return Optional.empty();
    }
    Matching matching = (withSource ? pairs : contents).get(matcher);
    int unit = matching.gold().indexOf(AttributionUnit.of(gold, withSource));
    return matching.pairs().stream()
        .filter(pair -> pair.gold() == unit)
        .findFirst()
        .map(pair -> firstWith(matching.predicted().get(pair.predicted()), withSource));
  }

  /** Whether prediction {@code p} matches some gold attribution under this score. */
  public boolean matched(int p, SpanMatcher matcher, boolean withSource) {
    Matching matching = (withSource ? pairs : contents).get(matcher);
    int unit = matching.predicted().indexOf(AttributionUnit.of(predicted.get(p), withSource));
    return matching.pairs().stream().anyMatch(pair -> pair.predicted() == unit);
  }

  private PredictedAttribution firstWith(AttributionUnit unit, boolean withSource) {
    return predicted.stream()
        .filter(p -> AttributionUnit.of(p, withSource).equals(unit))
        .findFirst()
        .orElseThrow();
  }

  private Tally scoreRole(Role role, SpanMatcher matcher) {
    Set<FragmentedSpan> gold = new LinkedHashSet<>();
    for (GoldAttribution attribution : document.gold()) {
      if (attribution.span(role) != null) {
        gold.add(attribution.span(role));
      }
    }
    Set<FragmentedSpan> found = new LinkedHashSet<>();
    for (PredictedAttribution attribution : predicted) {
      Span span = attribution.span(role);
      if (span != null) {
        found.add(FragmentedSpan.of(span));
      }
    }
    List<FragmentedSpan> g = new ArrayList<>(gold);
    List<FragmentedSpan> p = new ArrayList<>(found);
    String text = document.text();
    int matched =
        OneToOne.match(g.size(), p.size(), (i, j) -> matcher.score(text, g.get(i), p.get(j)))
            .size();
    return new Tally(g.size(), p.size(), matched);
  }

  private Matching match(SpanMatcher matcher, boolean withSource) {
    Set<AttributionUnit> gold = new LinkedHashSet<>();
    for (GoldAttribution attribution : document.gold()) {
      if (attribution.content() != null) {
        gold.add(AttributionUnit.of(attribution, withSource));
      }
    }
    Set<AttributionUnit> found = new LinkedHashSet<>();
    for (PredictedAttribution attribution : predicted) {
      found.add(AttributionUnit.of(attribution, withSource));
    }
    List<AttributionUnit> g = List.copyOf(gold);
    List<AttributionUnit> p = List.copyOf(found);
    String text = document.text();
    List<OneToOne.Pair> matched =
        OneToOne.match(
            g.size(),
            p.size(),
            (i, j) -> AttributionUnit.weight(text, matcher, g.get(i), p.get(j)));
    return new Matching(g, p, matched);
  }
}
