package org.sitrep.nlp.quote;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.AnnotatorImplementations;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.sitrep.model.Span;

/**
 * CoreNLP's own quotation finder and quote attribution ({@code quote} with {@code
 * quote.attributeQuotes}, the sieves of Muzny et al. 2017), run as CoreNLP documents it: after
 * {@code tokenize,ssplit,pos,lemma,ner,depparse,coref} (statistical coreference, CoreNLP's English
 * default). The baseline sitrep's claims are compared against; sitrep itself never uses it.
 *
 * <p>Design decision: a pipeline of its own, separate from {@link
 * org.sitrep.nlp.CoreNlpAnnotator}'s, because it needs coreference, which sitrep's pipeline does
 * not load. It cuts sentences as sitrep's does (a blank line ends one), so a headline does not run
 * into the first sentence; every other setting is CoreNLP's default.
 *
 * <p>Thread safety: the annotators up to coreference run concurrently, as StanfordCoreNLP allows on
 * separate documents. The quote annotator does not: its attribution keeps the document's list of
 * people in a field of the one annotator instance, so it runs under a lock, one document at a time.
 * Loading takes about a minute and a few GB of heap; {@link #shared()} loads once per JVM.
 */
public final class CoreNlpQuotes {
  private final StanfordCoreNLP pipeline;
  private final Annotator quotes;

  private CoreNlpQuotes() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse,coref");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("quote.attributeQuotes", "true");
    this.pipeline = new StanfordCoreNLP(props);
    // Built as StanfordCoreNLP builds its "quote" annotator, from the same properties.
    this.quotes = new AnnotatorImplementations().quote(props);
  }

  /** The process's one instance, loaded on first use. */
  public static CoreNlpQuotes shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final CoreNlpQuotes INSTANCE = new CoreNlpQuotes();
  }

  /**
   * The top-level quotations of {@code text} (embedded ones are part of their parent), in text
   * order, each with the mention and speaker the attribution gave.
   *
   * @param documentDate the publication date, for CoreNLP's date resolution; null when unknown
   */
  public List<CoreNlpQuote> quotes(String text, LocalDate documentDate) {
    Annotation document = new Annotation(text);
    if (documentDate != null) {
      document.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    }
    pipeline.annotate(document);
    synchronized (quotes) {
      quotes.annotate(document);
    }
    List<CoreMap> found = document.get(CoreAnnotations.QuotationsAnnotation.class);
    List<CoreNlpQuote> result = new ArrayList<>();
    if (found == null) {
      return result;
    }
    List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
    for (CoreMap quote : found) {
      result.add(
          new CoreNlpQuote(
              new Span(
                  quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                  quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)),
              mention(quote, tokens),
              quote.get(QuoteAttributionAnnotator.SpeakerAnnotation.class)));
    }
    return List.copyOf(result);
  }

  /** The mention's chars, from its first and last token (document token indices, inclusive). */
  private static Span mention(CoreMap quote, List<CoreLabel> tokens) {
    Integer begin = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
    Integer end = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
    if (begin == null || end == null || begin < 0 || end < begin || end >= tokens.size()) {
      return null;
    }
    return new Span(tokens.get(begin).beginPosition(), tokens.get(end).endPosition());
  }
}
