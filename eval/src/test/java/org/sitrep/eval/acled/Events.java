package org.sitrep.eval.acled;

import java.util.List;
import org.sitrep.model.AcledType;
import org.sitrep.model.Event;
import org.sitrep.model.EventDate;
import org.sitrep.model.EventType;
import org.sitrep.model.Modality;
import org.sitrep.model.TextSpan;

/** Events with only what the CASE evaluation reads: ACLED type, trigger, modality, confidence. */
final class Events {
  private Events() {}

  static Event coded(
      String subEventType, String trigger, int start, Modality modality, double confidence) {
    return event(new AcledType("-", subEventType), trigger, start, modality, confidence);
  }

  static Event uncoded(String trigger, int start) {
    return event(null, trigger, start, Modality.ASSERTED, 0.9);
  }

  private static Event event(
      AcledType acled, String trigger, int start, Modality modality, double confidence) {
    TextSpan span = new TextSpan(start, start + trigger.length(), trigger);
    return new Event(
        "V" + start,
        EventType.ASSAULT,
        null,
        List.of(),
        acled,
        span,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        EventDate.unknown(),
        null,
        null,
        null,
        null,
        modality,
        null,
        List.of(span.span()),
        confidence);
  }
}
