package org.sitrep.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.input.ArticleReader;
import org.sitrep.input.InputPlan;
import org.sitrep.input.ReaderOptions;
import org.sitrep.model.Article;
import org.sitrep.model.Extraction;
import org.sitrep.model.InputRecord;
import org.sitrep.store.Ledger;
import org.sitrep.store.ingest.IngestOutcome;
import org.sitrep.store.json.ExtractionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code sitrep ingest}: reads articles (or lines already extracted), and stores them in the
 * ledger, one article per transaction. Articles the ledger holds are recognised before extraction
 * and change nothing, so a rerun after a crash only does the work that was left.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Extracts articles and stores them in the ledger: events merged across sources, actors"
          + " resolved across spellings, claims kept for comparison.",
      "Exit codes: 0 all records stored or already there, 1 some rejected, 2 usage error."
    })
final class IngestCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description =
          "Files (.txt, .html, .jsonl), folders, or - for standard input; with --extracted,"
              + " JSONL files written by 'sitrep extract'.")
  List<String> inputs;

  @Option(
      names = "--extracted",
      description = "Inputs are 'sitrep extract' output: store them without extracting again.")
  boolean extracted;

  @Option(
      names = "--published",
      paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) for inputs that carry none.")
  LocalDate published;

  @Option(
      names = "--threads",
      description = "Extraction threads (default: ${DEFAULT-VALUE}); one thread writes.")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Mixin LedgerOption ledger;

  @Mixin GazetteerOption gazetteer;

  private final Map<String, Long> counts = new TreeMap<>();
  private final Map<String, Long> rejectedByReason = new TreeMap<>();
  private ArticleExtractor extractor;
  private long newEvents;
  private long joinedEvents;
  private long claims;

  @Override
  public Integer call() throws SQLException {
    PrintStream err = System.err;
    long start = System.nanoTime();
    try (Ledger store = ledger.openForWriting()) {
      if (extracted) {
        ingestExtracted(store, err);
      } else {
        ingestArticles(store, err);
      }
    }
    err.println(summary(store(), (System.nanoTime() - start) / 1e9));
    return count("rejected") == 0 ? 0 : 1;
  }

  private String store() {
    return ledger.location().display();
  }

  private void ingestArticles(Ledger store, PrintStream err) {
    ArticleReader reader =
        new ArticleReader(ReaderOptions.defaults().withDefaultPublished(published));
    InputPlan plan = reader.plan(inputs);
    for (var skipped : plan.skipped()) {
      err.println("sitrep: skipped " + skipped + " (not .txt, .html, .htm or .jsonl)");
    }
    long total = reader.countRecords(plan);
    try (Stream<InputRecord> records = reader.read(plan)) {
      Iterator<InputRecord> unknown = new UnknownRecords(records.iterator(), store, this::record);
      new ExtractionRunner(this::extract, threads)
          .run(unknown, e -> store(store, e, err), new Progress(err, total, total > 10));
    }
  }

  /**
   * Extracts with the pipeline, loaded on the first article the ledger does not hold yet: a rerun
   * over stored articles never pays for loading the models.
   */
  private Extraction extract(Article article) {
    ArticleExtractor loaded;
    synchronized (this) {
      if (extractor == null) {
        extractor = gazetteer.extractor();
      }
      loaded = extractor;
    }
    return loaded.extract(article);
  }

  private void ingestExtracted(Ledger store, PrintStream err) {
    for (String input : inputs) {
      Path path = Path.of(input);
      List<String> lines;
      try {
        lines = Files.readAllLines(path, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new CommandFailure("cannot read " + path + ": " + e.getMessage(), e);
      }
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).isBlank()) {
          continue;
        }
        Extraction extraction;
        try {
          extraction = ExtractionJson.readExtraction(lines.get(i));
        } catch (IllegalArgumentException e) {
          err.println("sitrep: rejected " + path + ":" + (i + 1) + ": " + e.getMessage());
          rejectedByReason.merge("not_an_extraction", 1L, Long::sum);
          counts.merge("rejected", 1L, Long::sum);
          continue;
        }
        store(store, extraction, err);
      }
    }
  }

  private void store(Ledger store, Extraction extraction, PrintStream err) {
    IngestOutcome outcome;
    try {
      outcome = store.ingest(extraction);
    } catch (SQLException e) {
      throw new CommandFailure(
          "cannot store " + extraction.article().id() + " in " + store() + ": " + e.getMessage(),
          e);
    }
    record(outcome);
    if (outcome.status() != IngestOutcome.Status.ADDED) {
      err.println(
          "sitrep: "
              + extraction.article().id()
              + ": "
              + outcome.status()
              + (outcome.detail() == null ? "" : " (" + outcome.detail() + ")"));
    }
  }

  private void record(IngestOutcome outcome) {
    counts.merge(outcome.status().toString(), 1L, Long::sum);
    if (outcome.status() == IngestOutcome.Status.REJECTED) {
      rejectedByReason.merge(outcome.detail(), 1L, Long::sum);
    }
    newEvents += outcome.newEvents();
    joinedEvents += outcome.joinedEvents();
    claims += outcome.claims();
  }

  private long count(String status) {
    return counts.getOrDefault(status, 0L);
  }

  private String summary(String where, double seconds) {
    long read = counts.values().stream().mapToLong(Long::longValue).sum();
    List<String> reasons = new ArrayList<>();
    rejectedByReason.forEach((reason, n) -> reasons.add(reason + " " + n));
    return String.format(
        "sitrep: ingested %d records into %s: %d added, %d copies, %d already there, %d rejected%s;"
            + " %d new ledger events, %d reports joined existing events, %d claims; %.1f s",
        read,
        where,
        count("added"),
        count("copy"),
        count("duplicate"),
        count("rejected"),
        reasons.isEmpty() ? "" : " (" + String.join(", ", reasons) + ")",
        newEvents,
        joinedEvents,
        claims,
        seconds);
  }

  /**
   * The input records the ledger does not hold yet: a known article is reported as a duplicate
   * here, before it costs an extraction.
   */
  private static final class UnknownRecords implements Iterator<InputRecord> {
    private final Iterator<InputRecord> records;
    private final Ledger store;
    private final java.util.function.Consumer<IngestOutcome> known;
    private InputRecord next;

    UnknownRecords(
        Iterator<InputRecord> records,
        Ledger store,
        java.util.function.Consumer<IngestOutcome> known) {
      this.records = records;
      this.store = store;
      this.known = known;
    }

    @Override
    public boolean hasNext() {
      while (next == null && records.hasNext()) {
        InputRecord record = records.next();
        Optional<String> stored = storedAs(record);
        if (stored.isPresent()) {
          known.accept(
              new IngestOutcome(
                  stored.get(), IngestOutcome.Status.DUPLICATE, "already stored", 0, 0, 0));
        } else {
          next = record;
        }
      }
      return next != null;
    }

    @Override
    public InputRecord next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      InputRecord record = next;
      next = null;
      return record;
    }

    private Optional<String> storedAs(InputRecord record) {
      if (!(record instanceof InputRecord.Accepted accepted)) {
        return Optional.empty();
      }
      try {
        return store.known(accepted.article());
      } catch (SQLException e) {
        throw new CommandFailure("cannot read the ledger: " + e.getMessage(), e);
      }
    }
  }
}
