package org.sitrep.eval.acled;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.eval.ParallelMap;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Extraction;

/**
 * Runs an extractor over the CASE 2021 Task 2 dev snippets and scores the label each snippet's
 * events give: {@code sitrep eval case2021 DIR}.
 *
 * <p>Each snippet becomes an {@link Article} with no publication date (the snippets have none, and
 * no dateline to give one). Thread safety: the extractor must be thread-safe; it is called from
 * {@code threads} threads at once.
 */
public final class CaseEvaluation {
  private final Function<Article, Extraction> extractor;
  private final int threads;
  private final CaseLabels labels;

  public CaseEvaluation(Function<Article, Extraction> extractor, int threads, CaseLabels labels) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.labels = Objects.requireNonNull(labels, "labels");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
  }

  /**
   * Reads {@code dir} and scores the first {@code limit} snippets under {@code rule}.
   *
   * @throws IllegalArgumentException when {@code limit} is below 1 or the files are malformed
   */
  public CaseReport evaluate(Path dir, int limit, SnippetRule rule) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    List<CaseSnippet> snippets = CaseGoldFiles.read(dir, labels);
    return evaluate(snippets.subList(0, Math.min(limit, snippets.size())), rule);
  }

  /** Scores {@code snippets} under {@code rule}; the report keeps their order. */
  public CaseReport evaluate(List<CaseSnippet> snippets, SnippetRule rule) {
    List<SnippetOutcome> outcomes =
        ParallelMap.ordered(snippets, this::outcome, threads, "CASE 2021 snippets");
    return new CaseReport(outcomes, rule, labels);
  }

  /** The article sitrep would read from the snippet's input line. */
  static Article article(CaseSnippet snippet) {
    return new Article(
        snippet.id(),
        null,
        snippet.text(),
        null,
        DateSource.UNKNOWN,
        null,
        null,
        null,
        "case2021:dev:" + snippet.id(),
        Map.of(),
        List.of());
  }

  /**
   * The snippet's events.
   *
   * <p>Design decision: an extractor that throws on one snippet does not stop the evaluation; the
   * snippet is recorded as failed, with the exception, scores as predicting nothing, and the report
   * lists every failure by id. A crash is still a bug, and the report says so loudly, but one bad
   * sentence should not hide the figures of the other 299.
   */
  private SnippetOutcome outcome(CaseSnippet snippet) {
    Extraction extraction;
    try {
      extraction = extractor.apply(article(snippet));
    } catch (RuntimeException e) {
      return new SnippetOutcome(snippet, List.of(), "extractor threw " + e);
    }
    if (extraction == null) {
      throw new IllegalStateException("extractor returned null for CASE snippet " + snippet.id());
    }
    if (extraction.rejected() != null) {
      return new SnippetOutcome(snippet, List.of(), "rejected: " + extraction.rejected().reason());
    }
    return new SnippetOutcome(snippet, extraction.events(), null);
  }
}
