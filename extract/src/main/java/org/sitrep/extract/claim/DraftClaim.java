package org.sitrep.extract.claim;

import java.util.Objects;
import org.sitrep.model.Span;

/**
 * A claim found in the text before its speaker is linked to the article's entities.
 *
 * @param speakerHead token index of the speaker's head word, or -1 when the text names no speaker
 * @param speaker the speaker's noun phrase, or null with {@code speakerHead == -1}
 */
record DraftClaim(
    int speakerHead, Span speaker, Span cue, Span content, boolean direct, String stance) {
  DraftClaim {
    Objects.requireNonNull(cue, "cue");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(stance, "stance");
    if ((speakerHead < 0) != (speaker == null)) {
      throw new IllegalArgumentException(
          "speaker head " + speakerHead + " and speaker span " + speaker + " disagree");
    }
  }

  /** Where the claim is anchored for reading order: its speaker, or else its cue. */
  int anchor() {
    return speaker == null ? cue.start() : speaker.start();
  }

  DraftClaim withContent(Span newContent, boolean newDirect) {
    return new DraftClaim(speakerHead, speaker, cue, newContent, newDirect, stance);
  }
}
