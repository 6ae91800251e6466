package org.sitrep.model.text;

import java.util.List;

/**
 * Decides, from a sentence's words and lemmas alone (the cheap annotations), whether anything
 * downstream reads its dependency parse; a {@link TextAnnotator} may leave the other sentences
 * unparsed, since the parser is about half the cost of annotating a text.
 *
 * <p>Implementations are stateless and thread-safe.
 */
@FunctionalInterface
public interface SentenceTriage {
  /** Parses every sentence. */
  SentenceTriage EVERY_SENTENCE = (words, lemmas) -> true;

  /**
   * Whether the sentence needs a parse.
   *
   * @param words the sentence's tokens as written
   * @param lemmas their lemmas, index for index
   */
  boolean needsParse(List<String> words, List<String> lemmas);
}
