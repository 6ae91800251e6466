package org.sitrep.serve.api;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.Extraction;
import org.sitrep.model.InputRecord;
import org.sitrep.store.Ledger;
import org.sitrep.store.ingest.IngestOutcome;
import org.sitrep.store.json.ExtractionJson;

/**
 * The write side of the REST API: articles to extract and store, extractions to store, and an
 * article to extract without storing (the web app's paste box). The server checks the token of the
 * two that store before they get here.
 */
public final class WriteApi {
  /** Extractions at once: one per core; more would only queue inside CoreNLP. */
  private static final int EXTRACTIONS_AT_ONCE =
      Math.max(1, Runtime.getRuntime().availableProcessors());

  /** A request waits this long for an extraction slot before it is answered 503. */
  private static final long EXTRACTION_WAIT_SECONDS = 120;

  private final Ledger ledger;
  private final Supplier<ArticleExtractor> extractor;
  private final Semaphore extractions = new Semaphore(EXTRACTIONS_AT_ONCE, true);

  /**
   * @param ledger the ledger writes go to; this class serialises them on it
   * @param extractor the extractor, loaded on first use (CoreNLP takes a while to load)
   */
  public WriteApi(Ledger ledger, Supplier<ArticleExtractor> extractor) {
    this.ledger = ledger;
    this.extractor = extractor;
  }

  public void register(RoutesConfig routes) {
    routes.post("/api/articles", this::ingestArticles);
    routes.post("/api/extractions", this::ingestExtractions);
    routes.post("/api/extract", this::extractOnly);
  }

  /** What one record of a batch became. */
  record Result(
      int index, String id, String status, String detail, int newEvents, int joinedEvents) {}

  /** The answer to a batch: counts by status, and every record's result. */
  record BatchReport(
      int received,
      int accepted,
      int rejected,
      Map<String, Integer> byStatus,
      List<Result> results) {}

  private void ingestArticles(Context ctx) throws SQLException {
    List<InputRecord> records = ArticleIntake.records(ArticleIntake.lines(ctx));
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < records.size(); i++) {
      results.add(ingest(i, records.get(i)));
    }
    ctx.json(report(results));
  }

  private Result ingest(int index, InputRecord record) throws SQLException {
    if (record instanceof InputRecord.Rejected rejected) {
      return new Result(
          index,
          rejected.id(),
          "rejected",
          rejected.rejection().reason() + ": " + rejected.rejection().detail(),
          0,
          0);
    }
    Article article = ((InputRecord.Accepted) record).article();
    Optional<String> known;
    synchronized (ledger) {
      known = ledger.known(article);
    }
    if (known.isPresent()) {
      return new Result(index, known.get(), "duplicate", "already stored", 0, 0);
    }
    return result(index, store(extract(article)));
  }

  private void ingestExtractions(Context ctx) throws SQLException {
    List<String> lines = ArticleIntake.lines(ctx);
    List<Result> results = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      Extraction extraction;
      try {
        extraction = ExtractionJson.readExtraction(lines.get(i));
      } catch (IllegalArgumentException e) {
        results.add(new Result(i, null, "rejected", "not_an_extraction: " + e.getMessage(), 0, 0));
        continue;
      }
      results.add(result(i, store(extraction)));
    }
    ctx.json(report(results));
  }

  private void extractOnly(Context ctx) {
    List<InputRecord> records = ArticleIntake.records(ArticleIntake.lines(ctx));
    if (records.size() != 1) {
      throw ApiProblem.badBody(
          "send exactly one article to extract, got " + records.size() + " records");
    }
    if (records.get(0) instanceof InputRecord.Rejected rejected) {
      throw new ApiProblem(
          422,
          "rejected-article",
          "Article rejected",
          rejected.rejection().reason() + ": " + rejected.rejection().detail());
    }
    ctx.json(extract(((InputRecord.Accepted) records.get(0)).article()));
  }

  private Extraction extract(Article article) {
    try {
      if (!extractions.tryAcquire(EXTRACTION_WAIT_SECONDS, TimeUnit.SECONDS)) {
        throw new ApiProblem(
            503,
            "busy",
            "Busy",
            "every extraction slot stayed busy for " + EXTRACTION_WAIT_SECONDS + " s; retry later");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ApiProblem(503, "busy", "Busy", "interrupted while waiting to extract");
    }
    try {
      return extractor.get().extract(article);
    } finally {
      extractions.release();
    }
  }

  private IngestOutcome store(Extraction extraction) throws SQLException {
    synchronized (ledger) {
      return ledger.ingest(extraction);
    }
  }

  private static Result result(int index, IngestOutcome outcome) {
    return new Result(
        index,
        outcome.articleId(),
        outcome.status().toString(),
        outcome.detail(),
        outcome.newEvents(),
        outcome.joinedEvents());
  }

  private static BatchReport report(List<Result> results) {
    Map<String, Integer> byStatus = new TreeMap<>();
    int rejected = 0;
    for (Result result : results) {
      byStatus.merge(result.status(), 1, Integer::sum);
      if (result.status().equals("rejected")) {
        rejected++;
      }
    }
    int accepted = results.size() - rejected;
    return new BatchReport(results.size(), accepted, rejected, byStatus, results);
  }
}
