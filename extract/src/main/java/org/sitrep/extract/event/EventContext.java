package org.sitrep.extract.event;

import java.time.LocalDate;
import java.util.List;
import org.sitrep.extract.entity.EntityIndex;
import org.sitrep.extract.syntax.DependencyGraph;
import org.sitrep.model.Claim;
import org.sitrep.model.Place;
import org.sitrep.model.Quantity;
import org.sitrep.model.Span;
import org.sitrep.model.TimeExpression;

/**
 * What the event stage reads: the parsed text and the facts earlier stages found in it.
 *
 * @param published publication date, or null when unknown
 * @param datelines the dateline-shaped lines at the head of the text ("KABUL, Afghanistan (Dec.
 *     28)", a dated title): their places and dates say where and when the report was filed, not
 *     where and when the event happened
 */
public record EventContext(
    DependencyGraph graph,
    EntityIndex entities,
    List<Place> places,
    List<TimeExpression> times,
    List<Quantity> quantities,
    List<Claim> claims,
    LocalDate published,
    List<Span> datelines) {
  public EventContext {
    places = List.copyOf(places);
    times = List.copyOf(times);
    quantities = List.copyOf(quantities);
    claims = List.copyOf(claims);
    datelines = List.copyOf(datelines);
  }

  /** Whether {@code span} lies inside one of the datelines. */
  public boolean inDateline(Span span) {
    return datelines.stream().anyMatch(dateline -> dateline.encloses(span));
  }
}
