package org.sitrep.serve.api;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Argument;
import org.sitrep.model.Count;
import org.sitrep.model.Event;
import org.sitrep.model.Span;

/**
 * The sentences an event was read from, with the words each field came from marked: what the event
 * page shows for every source.
 */
final class Passages {
  /** A sentence is cut here on either side of its evidence; news sentences are far shorter. */
  private static final int REACH = 400;

  private Passages() {}

  /** One passage of the article text, with absolute offsets. */
  record Passage(int start, int end, String text, List<Highlight> highlights) {
    Passage {
      highlights = List.copyOf(highlights);
    }
  }

  /**
   * A marked span inside a passage.
   *
   * @param role what the words are to the event: trigger, actor, target, victim, instrument, date,
   *     place, fatalities, captured, injured, source
   */
  record Highlight(int start, int end, String role) {}

  /** The passages of {@code text} that hold the event's evidence, in text order. */
  static List<Passage> of(Event event, String text) {
    List<Highlight> marks = marks(event, text.length());
    List<Span> windows = new ArrayList<>();
    List<Span> evidence =
        event.evidence().isEmpty()
            ? List.of(new Span(event.trigger().start(), event.trigger().end()))
            : event.evidence();
    for (Span span : evidence) {
      if (span.end() <= text.length()) {
        windows.add(new Span(sentenceStart(text, span.start()), sentenceEnd(text, span.end())));
      }
    }
    windows.sort(Comparator.naturalOrder());
    List<Passage> passages = new ArrayList<>();
    int start = -1;
    int end = -1;
    for (Span window : windows) {
      if (window.start() <= end) {
        end = Math.max(end, window.end());
        continue;
      }
      if (start >= 0) {
        passages.add(passage(text, start, end, marks));
      }
      start = window.start();
      end = window.end();
    }
    if (start >= 0) {
      passages.add(passage(text, start, end, marks));
    }
    return passages;
  }

  private static Passage passage(String text, int start, int end, List<Highlight> marks) {
    List<Highlight> inside =
        marks.stream().filter(m -> m.start() >= start && m.end() <= end).toList();
    return new Passage(start, end, text.substring(start, end), inside);
  }

  private static List<Highlight> marks(Event event, int length) {
    List<Highlight> marks = new ArrayList<>();
    add(marks, event.trigger().start(), event.trigger().end(), "trigger", length);
    arguments(marks, event.actors(), "actor", length);
    arguments(marks, event.targets(), "target", length);
    arguments(marks, event.victims(), "victim", length);
    arguments(marks, event.instruments(), "instrument", length);
    if (event.date().start() != null && event.date().end() != null) {
      add(marks, event.date().start(), event.date().end(), "date", length);
    }
    if (event.location() != null) {
      add(marks, event.location().start(), event.location().end(), "place", length);
    }
    count(marks, event.fatalities(), "fatalities", length);
    count(marks, event.captured(), "captured", length);
    count(marks, event.injured(), "injured", length);
    if (event.attribution() != null) {
      add(marks, event.attribution().start(), event.attribution().end(), "source", length);
    }
    marks.sort(Comparator.comparingInt(Highlight::start).thenComparingInt(Highlight::end));
    return marks;
  }

  private static void arguments(List<Highlight> marks, List<Argument> args, String role, int n) {
    for (Argument argument : args) {
      add(marks, argument.start(), argument.end(), role, n);
    }
  }

  private static void count(List<Highlight> marks, Count count, String role, int length) {
    if (count != null) {
      add(marks, count.start(), count.end(), role, length);
    }
  }

  /** Adds a mark that lies in the text and is not empty (inferred values have no words). */
  private static void add(List<Highlight> marks, int start, int end, String role, int length) {
    if (start >= 0 && end > start && end <= length) {
      marks.add(new Highlight(start, end, role));
    }
  }

  private static int sentenceStart(String text, int from) {
    int limit = Math.max(0, from - REACH);
    for (int i = from - 1; i >= limit; i--) {
      char c = text.charAt(i);
      if (c == '\n' || (Character.isWhitespace(c) && i > 0 && isStop(text.charAt(i - 1)))) {
        return i + 1;
      }
    }
    return limit;
  }

  private static int sentenceEnd(String text, int from) {
    int limit = Math.min(text.length(), from + REACH);
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        return i;
      }
      if (isStop(c) && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return limit;
  }

  private static boolean isStop(char c) {
    return c == '.' || c == '!' || c == '?';
  }
}
