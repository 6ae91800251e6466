package org.sitrep.model;

import java.util.List;
import java.util.Objects;

/**
 * One event of an article: who did what to whom, where and when, with the evidence for each field.
 * Several mentions of one real event (the airstrike, the raid) are merged into one {@code Event}
 * whose {@code evidence} lists every mention.
 *
 * @param id article-local id, {@code "V1"}, {@code "V2"}, …
 * @param mode main PLOVER mode ("aerial", "arrest"), or null
 * @param modes every PLOVER mode that applies, main first
 * @param acled ACLED event and sub-event type, or null when the event is not one ACLED codes
 * @param confidence 0..1, how sure the extractor is that this is a real event as coded
 */
public record Event(
    String id,
    EventType type,
    String mode,
    List<String> modes,
    AcledType acled,
    TextSpan trigger,
    List<Argument> actors,
    List<Argument> targets,
    List<Argument> victims,
    List<Argument> instruments,
    EventDate date,
    EventLocation location,
    Count fatalities,
    Count captured,
    Count injured,
    Modality modality,
    Attribution attribution,
    List<Span> evidence,
    double confidence) {
  public Event {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(modality, "modality");
    modes = List.copyOf(modes);
    actors = List.copyOf(actors);
    targets = List.copyOf(targets);
    victims = List.copyOf(victims);
    instruments = List.copyOf(instruments);
    evidence = List.copyOf(evidence);
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence must be in [0, 1], got " + confidence);
    }
  }
}
