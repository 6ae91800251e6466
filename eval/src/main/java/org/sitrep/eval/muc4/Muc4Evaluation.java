package org.sitrep.eval.muc4;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.sitrep.eval.ParallelMap;
import org.sitrep.model.Article;
import org.sitrep.model.DateSource;
import org.sitrep.model.Extraction;

/**
 * Runs an extractor over the MUC-4 dev set and scores its role fillers: {@code sitrep eval muc4
 * DIR}.
 *
 * <p>Each document becomes an {@link Article} with no publication date, its text as in {@code
 * dev.input.jsonl} (upper case, dateline first); the caller's extractor dates it from the dateline
 * if it can. Its {@link Extraction} is mapped to the five roles by a {@link Muc4Projection} and
 * scored against the gold by {@link CeafRee}.
 *
 * <p>Thread safety: the extractor must be thread-safe; it is called from {@code threads} threads at
 * once. A rejected article is a rejected {@code Extraction} (no fillers), never an exception.
 */
public final class Muc4Evaluation {
  private final Function<Article, Extraction> extractor;
  private final int threads;
  private final Muc4Projection projection;

  /** An evaluation with the shipped {@link Muc4Projection}. */
  public Muc4Evaluation(Function<Article, Extraction> extractor, int threads) {
    this(extractor, threads, new Muc4Projection());
  }

  public Muc4Evaluation(
      Function<Article, Extraction> extractor, int threads, Muc4Projection projection) {
    this.extractor = Objects.requireNonNull(extractor, "extractor");
    this.projection = Objects.requireNonNull(projection, "projection");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.threads = threads;
  }

  /** Reads the first {@code limit} documents of {@code dir} and scores the extractor on them. */
  public Muc4Report evaluate(Path dir, int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    List<Muc4Document> documents = Muc4GoldFile.read(dir);
    return evaluate(documents.subList(0, Math.min(limit, documents.size())));
  }

  /** Scores the extractor on {@code documents}; the report keeps their order. */
  public Muc4Report evaluate(List<Muc4Document> documents) {
    List<Extraction> extractions =
        ParallelMap.ordered(documents, this::extract, threads, "MUC-4 documents");
    List<Muc4Comparison> comparisons = new ArrayList<>();
    for (int i = 0; i < documents.size(); i++) {
      Muc4Document document = documents.get(i);
      Extraction extraction = extractions.get(i);
      comparisons.add(
          Muc4Comparison.of(
              document.id(),
              document.gold(),
              projection.project(extraction),
              extraction.rejected() != null));
    }
    return Muc4Report.of(comparisons);
  }

  /** The article sitrep would read from the document's input line. */
  static Article article(Muc4Document document) {
    return new Article(
        document.id(),
        null,
        document.text(),
        null,
        DateSource.UNKNOWN,
        null,
        null,
        null,
        "muc4:dev:" + document.id(),
        Map.of(),
        List.of());
  }

  private Extraction extract(Muc4Document document) {
    Extraction extraction = extractor.apply(article(document));
    if (extraction == null) {
      throw new IllegalStateException(
          "extractor returned null for MUC-4 document " + document.id());
    }
    return extraction;
  }
}
