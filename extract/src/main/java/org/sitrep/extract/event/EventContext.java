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
 * @param dateline the dateline ("KABUL, Afghanistan (Dec. 28)"), or null: its place is where the
 *     report was filed, not where the event happened
 */
public record EventContext(
    DependencyGraph graph,
    EntityIndex entities,
    List<Place> places,
    List<TimeExpression> times,
    List<Quantity> quantities,
    List<Claim> claims,
    LocalDate published,
    Span dateline) {
  public EventContext {
    places = List.copyOf(places);
    times = List.copyOf(times);
    quantities = List.copyOf(quantities);
    claims = List.copyOf(claims);
  }
}
