package org.sitrep.extract.time;

import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.TimexMention;

/**
 * Joins time expressions the NLP layer split although SUTime read them as one: "Thursday" and
 * "night" both valued {@code 2017-08-10TNI}, separated only by white space.
 */
final class TimexMerger {
  private TimexMerger() {}

  static List<TimexMention> merge(AnnotatedText text) {
    List<TimexMention> merged = new ArrayList<>();
    for (TimexMention next : text.timexes()) {
      int last = merged.size() - 1;
      if (last >= 0 && belongTogether(text.text(), merged.get(last), next)) {
        TimexMention previous = merged.get(last);
        merged.set(
            last,
            new TimexMention(
                previous.firstToken(),
                next.endToken(),
                previous.start(),
                next.end(),
                text.text().substring(previous.start(), next.end()),
                previous.type(),
                previous.value()));
      } else {
        merged.add(next);
      }
    }
    return merged;
  }

  private static boolean belongTogether(String text, TimexMention previous, TimexMention next) {
    return previous.value() != null
        && previous.value().equals(next.value())
        && previous.type().equals(next.type())
        && previous.endToken() == next.firstToken()
        && text.substring(previous.end(), next.start()).isBlank();
  }
}
