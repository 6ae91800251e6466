package org.sitrep.eval.acled;

import java.util.List;
import java.util.Objects;
import org.sitrep.model.Event;

/**
 * What the extractor made of one snippet.
 *
 * @param events every event it found, in its order (empty when it failed)
 * @param failure why there is no extraction (the article was rejected, or the extractor threw), or
 *     null when there is one
 */
public record SnippetOutcome(CaseSnippet snippet, List<Event> events, String failure) {
  public SnippetOutcome {
    Objects.requireNonNull(snippet, "snippet");
    events = List.copyOf(events);
    if (failure != null && !events.isEmpty()) {
      throw new IllegalArgumentException(
          "a failed snippet has no events, got " + events.size() + " for " + snippet.id());
    }
  }

  /** Whether the extractor gave no extraction for the snippet. */
  public boolean failed() {
    return failure != null;
  }
}
