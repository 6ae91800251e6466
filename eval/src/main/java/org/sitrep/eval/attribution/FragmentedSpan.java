package org.sitrep.eval.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.sitrep.model.Span;

/**
 * A stretch of text that may be cut into pieces: a brat span such as {@code 10 20;25 40}, or a
 * plain one. The fragments are kept sorted, with overlapping or touching ones merged, so two ways
 * of writing the same characters are equal.
 */
public record FragmentedSpan(List<Span> fragments) {
  public FragmentedSpan {
    if (fragments.isEmpty()) {
      throw new IllegalArgumentException("a fragmented span needs at least one fragment");
    }
    fragments = merged(fragments);
  }

  public static FragmentedSpan of(Span span) {
    return new FragmentedSpan(List.of(span));
  }

  public int start() {
    return fragments.get(0).start();
  }

  public int end() {
    return fragments.get(fragments.size() - 1).end();
  }

  /** The fragments' texts joined by single spaces, as brat writes a discontinuous span's text. */
  public String text(String source) {
    StringBuilder text = new StringBuilder();
    for (Span fragment : fragments) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(fragment.slice(source));
    }
    return text.toString();
  }

  /** True when the character at {@code offset} lies in a fragment. */
  public boolean covers(int offset) {
    for (Span fragment : fragments) {
      if (fragment.start() <= offset && offset < fragment.end()) {
        return true;
      }
    }
    return false;
  }

  private static List<Span> merged(List<Span> fragments) {
    List<Span> sorted = new ArrayList<>(fragments);
    sorted.sort(Comparator.naturalOrder());
    List<Span> merged = new ArrayList<>();
    for (Span fragment : sorted) {
      Span last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && fragment.start() <= last.end()) {
        merged.set(merged.size() - 1, last.union(fragment));
      } else {
        merged.add(fragment);
      }
    }
    return List.copyOf(merged);
  }
}
