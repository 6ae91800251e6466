package org.sitrep.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.sitrep.model.Article;
import org.sitrep.model.Extraction;
import org.sitrep.model.InputRecord;

/**
 * Runs the extractor over a stream of input records on {@code threads} workers and hands the
 * results to {@code sink} in input order, one per record: an extraction or a rejection.
 *
 * <p>Design decision: at most {@code 4 × threads} records are in flight, so a huge JSONL file is
 * streamed, never held in memory, while every worker stays busy.
 */
final class ExtractionRunner {
  private final Function<Article, Extraction> extractor;
  private final int threads;

  ExtractionRunner(Function<Article, Extraction> extractor, int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, got " + threads);
    }
    this.extractor = extractor;
    this.threads = threads;
  }

  RunSummary run(Iterator<InputRecord> records, Consumer<Extraction> sink, Progress progress) {
    RunSummary summary = new RunSummary();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      Deque<Future<Extraction>> inFlight = new ArrayDeque<>();
      while (records.hasNext()) {
        InputRecord record = records.next();
        inFlight.add(pool.submit(() -> process(record)));
        if (inFlight.size() >= 4 * threads) {
          emit(inFlight.poll(), sink, summary, progress);
        }
      }
      while (!inFlight.isEmpty()) {
        emit(inFlight.poll(), sink, summary, progress);
      }
    } finally {
      pool.shutdownNow();
    }
    return summary.finish();
  }

  private Extraction process(InputRecord record) {
    if (record instanceof InputRecord.Accepted accepted) {
      return extract(accepted.article());
    }
    return Extraction.rejected((InputRecord.Rejected) record);
  }

  private Extraction extract(Article article) {
    try {
      return extractor.apply(article);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "extraction failed on " + article.id() + " (" + article.origin() + "): " + e, e);
    }
  }

  private static void emit(
      Future<Extraction> future, Consumer<Extraction> sink, RunSummary summary, Progress progress) {
    Extraction extraction;
    try {
      extraction = future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while extracting", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause().getMessage(), e.getCause());
    }
    sink.accept(extraction);
    summary.add(extraction);
    progress.tick(summary.read());
  }
}
