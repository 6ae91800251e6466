package org.sitrep.model.text;

import java.time.LocalDate;

/**
 * Turns text into an {@link AnnotatedText}. Implementations are thread-safe: one instance, with its
 * models loaded once, serves every worker.
 */
public interface TextAnnotator {
  /**
   * Annotates {@code text}.
   *
   * @param documentDate the date relative time expressions resolve against, or null when unknown
   *     (they then stay unresolved; no implementation may substitute today's date)
   */
  AnnotatedText annotate(String text, LocalDate documentDate);
}
