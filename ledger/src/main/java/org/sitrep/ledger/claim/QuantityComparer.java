package org.sitrep.ledger.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.sitrep.model.Claim;
import org.sitrep.model.QuantityClaim;

/**
 * Compares the numbers claims give for one actor and one measure ("islamic-state strength"): the
 * claims whose ranges overlap, chained, form one side; one side agrees, several disagree, unless
 * one source gave them all at different dates (its figure changed). Stateless.
 */
final class QuantityComparer {
  private final Measures measures;

  /** One quantity claim: its range, its evidence and who stands behind it. */
  private record Entry(Range range, String unit, ClaimRef ref, String speakerKey) {}

  /** One side: the claims whose ranges chain together, and the range they cover. */
  private record Cluster(Range range, List<Entry> entries) {}

  QuantityComparer(Measures measures) {
    this.measures = measures;
  }

  List<ClaimComparison> compare(List<SourcedClaim> claims) {
    Map<String, List<Entry>> groups = new TreeMap<>();
    for (SourcedClaim sourced : claims) {
      Claim claim = sourced.claim();
      QuantityClaim q = claim.quantity();
      // A denied number ("the ministry denied that 300 were killed") is not a position on the
      // count, and a number with no bounds says nothing: neither is compared.
      if (q == null
          || q.subjectActorId() == null
          || ClaimSources.isDenial(claim.stance())
          || (q.min() == null && q.max() == null)) {
        continue;
      }
      String subject = q.subjectActorId() + " " + measures.of(q.unit());
      groups
          .computeIfAbsent(subject, s -> new ArrayList<>())
          .add(new Entry(Range.of(q), q.unit(), ref(sourced, q), ClaimSources.speakerKey(sourced)));
    }
    List<ClaimComparison> comparisons = new ArrayList<>();
    groups.forEach(
        (subject, entries) -> {
          if (entries.size() >= 2) {
            comparisons.add(compareGroup(subject, entries));
          }
        });
    return comparisons;
  }

  private static ClaimRef ref(SourcedClaim sourced, QuantityClaim q) {
    Claim claim = sourced.claim();
    return new ClaimRef(
        sourced.articleId(),
        claim.id(),
        claim.speaker() == null ? null : claim.speaker().name(),
        claim.stance(),
        sourced.published(),
        q.asOf() != null ? q.asOf() : ClaimSources.month(sourced.published()),
        q.text(),
        q.start(),
        q.end());
  }

  private static ClaimComparison compareGroup(String subject, List<Entry> entries) {
    List<Cluster> clusters = clusters(entries);
    List<ClaimSide> sides = new ArrayList<>();
    for (Cluster cluster : clusters) {
      sides.add(
          new ClaimSide(
              position(cluster),
              cluster.entries().stream()
                  .map(Entry::ref)
                  .sorted(ClaimSources.BY_PUBLISHED)
                  .toList()));
    }
    if (clusters.size() == 1) {
      String each =
          joinAnd(clusters.get(0).entries().stream().map(QuantityComparer::words).toList());
      return new ClaimComparison("quantity", subject, Verdict.AGREE, each + " overlap", sides);
    }
    boolean changed = changedOverTime(clusters);
    String gap =
        joinAnd(clusters.stream().map(c -> c.range().words(unit(c)) + asOf(dates(c))).toList())
            + " do not overlap; "
            + sourceNote(clusters, changed);
    return new ClaimComparison(
        "quantity", subject, changed ? Verdict.CHANGED : Verdict.DISAGREE, gap, sides);
  }

  /** "1,000–1,500 fighters as of 2016-08 (officials)": one claim, its date and its speaker. */
  private static String words(Entry entry) {
    String date = dateOf(entry);
    return entry.range().words(entry.unit())
        + (date == null ? "" : " as of " + date)
        + " ("
        + ClaimSources.who(entry.ref())
        + ")";
  }

  /**
   * Chains overlapping ranges into sides, ordered by earliest publication. Design decision: a range
   * that overlaps any range of a side joins it, so "fewer than 1,000", "900–1,200" and
   * "1,100–1,500" are one side although the first and the last do not overlap: the middle figure
   * bridges them, and calling that a disagreement would overstate it.
   */
  private static List<Cluster> clusters(List<Entry> entries) {
    List<Entry> byLow = new ArrayList<>(entries);
    byLow.sort(
        Comparator.comparingLong((Entry e) -> e.range().min())
            .thenComparing(e -> e.range().minExclusive())
            .thenComparing(Entry::ref, ClaimSources.BY_PUBLISHED));
    List<Cluster> clusters = new ArrayList<>();
    for (Entry entry : byLow) {
      Cluster last = clusters.isEmpty() ? null : clusters.get(clusters.size() - 1);
      if (last != null && last.range().overlaps(entry.range())) {
        List<Entry> joined = new ArrayList<>(last.entries());
        joined.add(entry);
        clusters.set(clusters.size() - 1, new Cluster(last.range().union(entry.range()), joined));
      } else {
        clusters.add(new Cluster(entry.range(), List.of(entry)));
      }
    }
    clusters.sort(
        Comparator.comparing(
            c -> c.entries().stream().map(Entry::ref).min(ClaimSources.BY_PUBLISHED).orElseThrow(),
            ClaimSources.BY_PUBLISHED));
    return clusters;
  }

  /**
   * One source's figure changing: every claim from the same speaker, every claim dated, and no date
   * on two sides (a source that gives two incompatible figures for one date disagrees with itself).
   */
  private static boolean changedOverTime(List<Cluster> clusters) {
    List<Entry> all = clusters.stream().flatMap(c -> c.entries().stream()).toList();
    if (all.stream().map(Entry::speakerKey).distinct().count() > 1
        || !all.stream().allMatch(e -> ClaimSources.isCalendar(dateOf(e)))) {
      return false;
    }
    Set<String> seen = new HashSet<>();
    for (Cluster cluster : clusters) {
      for (String date : dates(cluster)) {
        if (!seen.add(date)) {
          return false;
        }
      }
    }
    return true;
  }

  private static String sourceNote(List<Cluster> clusters, boolean changed) {
    List<Entry> all = clusters.stream().flatMap(c -> c.entries().stream()).toList();
    TreeSet<String> dates = new TreeSet<>();
    all.forEach(e -> dates.add(String.valueOf(dateOf(e))));
    boolean allDated = all.stream().allMatch(e -> ClaimSources.isCalendar(dateOf(e)));
    String span = allDated ? ClaimSources.apart(dates.first(), dates.last()) : null;
    String who = ClaimSources.who(all.get(0).ref());
    if (changed) {
      return "the same source (" + who + "), " + span + ": its figure changed";
    }
    if (all.stream().map(Entry::speakerKey).distinct().count() == 1) {
      return "the same source (" + who + ") gives both";
    }
    if (span == null) {
      return "different sources";
    }
    return span.equals("the same month")
        ? "different sources for the same month"
        : "different sources, " + span + ": it may also be a change over time";
  }

  /** "1,350–1,650 militants (as of 2016-08)": the side's range, unit and dates. */
  private static String position(Cluster cluster) {
    Set<String> dates = dates(cluster);
    return cluster.range().words(unit(cluster))
        + (dates.isEmpty() ? "" : " (as of " + String.join(", ", dates) + ")");
  }

  /** The unit of the side's earliest claim that has one. */
  private static String unit(Cluster cluster) {
    return cluster.entries().stream()
        .sorted(Comparator.comparing(Entry::ref, ClaimSources.BY_PUBLISHED))
        .map(Entry::unit)
        .filter(u -> u != null && !u.isBlank())
        .findFirst()
        .orElse(null);
  }

  private static String dateOf(Entry entry) {
    return entry.ref().asOf();
  }

  private static Set<String> dates(Cluster cluster) {
    return cluster.entries().stream()
        .map(QuantityComparer::dateOf)
        .filter(d -> d != null)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static String asOf(Set<String> dates) {
    return dates.isEmpty() ? "" : " as of " + String.join(", ", new TreeSet<>(dates));
  }

  /** "a", "a and b", "a, b and c". */
  static String joinAnd(List<String> parts) {
    if (parts.size() <= 1) {
      return String.join("", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + " and "
        + parts.get(parts.size() - 1);
  }
}
