package org.sitrep.ledger.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.sitrep.ledger.SourceEvent;
import org.sitrep.model.EventLocation;

/** Merges the sources' locations of one ledger event. */
final class LocationMerge {
  private LocationMerge() {}

  /**
   * The most precise location consistent with the most others (all others when they agree; ties:
   * the earliest-published report's), or null when no source locates the event. When any two
   * located sources are inconsistent, a disagreement lists every source's location.
   *
   * @param ordered the reports, earliest-published first
   */
  static EventLocation merge(List<SourceEvent> ordered, List<Disagreement> disagreements) {
    List<EventLocation> located =
        ordered.stream().map(r -> r.event().location()).filter(Objects::nonNull).toList();
    if (located.isEmpty()) {
      return null;
    }
    EventLocation best = null;
    int bestFits = -1;
    boolean consistent = true;
    for (EventLocation candidate : located) {
      int fits = 0;
      for (EventLocation other : located) {
        fits += LocationFit.fit(candidate, other) == LocationFit.Fit.COMPATIBLE ? 1 : 0;
      }
      consistent &= fits == located.size();
      if (fits > bestFits
          || (fits == bestFits && LocationFit.rank(candidate) < LocationFit.rank(best))) {
        best = candidate;
        bestFits = fits;
      }
    }
    if (!consistent) {
      disagreements.add(disagreement(ordered));
    }
    return best;
  }

  private static Disagreement disagreement(List<SourceEvent> ordered) {
    List<SourcedValue> values = new ArrayList<>();
    for (SourceEvent report : ordered) {
      EventLocation location = report.event().location();
      values.add(
          new SourcedValue(
              report.articleId(),
              report.event().id(),
              location == null ? Display.UNKNOWN : LocationFit.display(location),
              location == null ? null : location.text()));
    }
    return new Disagreement("location", values);
  }
}
