package org.sitrep.model;

import java.util.Objects;

/** Who the text says reports an event ("the Pentagon said"), with the speaker's mention. */
public record Attribution(String source, int start, int end, String text) {
  public Attribution {
    Objects.requireNonNull(source, "source");
    new TextSpan(start, end, text);
  }
}
