package org.sitrep.nlp.quote;

import java.util.Objects;
import org.sitrep.model.Span;

/**
 * One quotation found by CoreNLP's quote annotator, with the speaker its attribution gave.
 *
 * @param quote the quotation, quotation marks included, in char offsets into the text
 * @param mention the mention the attribution linked the quote to ("she", "the senator"), or null
 *     when it found none
 * @param speaker the speaker's name the attribution gave, or null when it gave none
 */
public record CoreNlpQuote(Span quote, Span mention, String speaker) {
  public CoreNlpQuote {
    Objects.requireNonNull(quote, "quote");
  }
}
