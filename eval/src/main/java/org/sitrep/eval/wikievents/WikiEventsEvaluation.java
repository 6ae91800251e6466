package org.sitrep.eval.wikievents;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.eval.ParallelMap;
import org.sitrep.model.Article;
import org.sitrep.model.Event;
import org.sitrep.model.Extraction;

/**
 * Scores sitrep's events on the WikiEvents dev set: {@code sitrep eval wikievents DIR}.
 *
 * <p>Each document is read as an {@link Article} (the text the gold offsets point into, no
 * publication date: the set gives none); every event of the extraction is read through a {@link
 * KairosMapping} and matched to the gold events by {@link DocumentOutcome#score}.
 *
 * <p>Thread safety: the extractor must be thread-safe; it is called from {@code threads} threads at
 * once. An extractor that throws fails the whole evaluation; a rejected article predicts nothing.
 */
public final class WikiEventsEvaluation {
  private final Function<Article, Extraction> extractor;
  private final KairosMapping mapping;
  private final int threads;

  public WikiEventsEvaluation(
      Function<Article, Extraction> extractor, KairosMapping mapping, int threads) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.mapping = Objects.requireNonNull(mapping, "mapping");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
  }

  /**
   * Reads the set in {@code dir}, checks the mapping against its ontology, and scores the first
   * {@code limit} documents.
   *
   * @throws IllegalArgumentException when {@code limit} is below 1 or the files are malformed
   * @throws IllegalStateException when the mapping names a type or role the ontology lacks
   */
  public WikiEventsReport evaluate(Path dir, int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    mapping.check(WikiEventsGoldFile.ontology(dir));
    List<WikiDocument> documents = WikiEventsGoldFile.read(dir);
    return evaluate(documents.subList(0, Math.min(limit, documents.size())));
  }

  /** Scores the extractor on {@code documents}; the report keeps their order. */
  public WikiEventsReport evaluate(List<WikiDocument> documents) {
    List<List<PredictedEvent>> predictions =
        ParallelMap.ordered(documents, this::predict, threads, "WikiEvents documents");
    List<DocumentOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      outcomes.add(DocumentOutcome.score(documents.get(i), predictions.get(i)));
    }
    return new WikiEventsReport(outcomes, List.copyOf(mapping.roles()), mapping.types());
  }

  private List<PredictedEvent> predict(WikiDocument document) {
    Extraction extraction = extractor.apply(document.article());
    if (extraction == null || !extraction.article().text().equals(document.text())) {
      throw new IllegalStateException(
          "the extractor did not return an extraction of document " + document.id() + "'s text");
    }
    List<PredictedEvent> events = new ArrayList<>();
    for (Event event : extraction.events()) {
      events.add(PredictedEvent.of(event, mapping));
    }
    return List.copyOf(events);
  }
}
