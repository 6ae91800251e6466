package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.input.ArticleReader;
import org.sitrep.input.InputPlan;
import org.sitrep.input.ReaderOptions;
import org.sitrep.model.Extraction;
import org.sitrep.model.InputRecord;
import org.sitrep.store.json.ExtractionJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep extract}: one JSON line (or a pretty digest) per input record. */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    description = {
      "Reads news articles and prints, for each input record, one JSON line with what happened,"
          + " to whom, where, when, who says so, and where in the text each fact stands.",
      "Exit codes: 0 all records read, 1 some rejected, 2 usage error."
    })
final class ExtractCommand implements Callable<Integer> {
  enum Format {
    jsonl,
    pretty
  }

  @Parameters(
      arity = "1..*",
      paramLabel = "INPUT",
      description = "Files (.txt, .html, .jsonl), folders, or - for standard input.")
  List<String> inputs;

  @Option(names = "--format", description = "jsonl (default) or pretty.")
  Format format = Format.jsonl;

  @Option(
      names = "--published",
      paramLabel = "DATE",
      description = "Publication date (YYYY-MM-DD) for inputs that carry none.")
  LocalDate published;

  @Option(
      names = "--threads",
      description = "Worker threads sharing one pipeline (default: ${DEFAULT-VALUE}).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Option(
      names = "--max-chars",
      description = "Reject texts longer than this (default: ${DEFAULT-VALUE}).")
  int maxChars = ReaderOptions.DEFAULT_MAX_CHARS;

  @Mixin GazetteerOption gazetteer;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new ParameterException(
          spec.commandLine(), "--threads must be at least 1, got " + threads);
    }
    if (maxChars < 1) {
      throw new ParameterException(
          spec.commandLine(), "--max-chars must be at least 1, got " + maxChars);
    }
    ReaderOptions options =
        ReaderOptions.defaults().withDefaultPublished(published).withMaxChars(maxChars);
    ArticleReader reader = new ArticleReader(options);
    InputPlan plan = reader.plan(inputs);
    PrintStream err = System.err;
    for (var skipped : plan.skipped()) {
      err.println("sitrep: skipped " + skipped + " (not .txt, .html, .htm or .jsonl)");
    }
    long total = reader.countRecords(plan);
    ArticleExtractor extractor = gazetteer.extractor();
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8)));
    Consumer<Extraction> sink =
        format == Format.pretty
            ? e -> out.print(PrettyPrinter.digest(e))
            : e -> {
              out.println(ExtractionJson.write(e));
              out.flush();
            };
    RunSummary summary;
    try (Stream<InputRecord> records = reader.read(plan)) {
      summary =
          new ExtractionRunner(extractor::extract, threads)
              .run(records.iterator(), sink, new Progress(err, total, total > 10));
    }
    out.flush();
    err.println(summary.line());
    return summary.rejected() == 0 ? 0 : 1;
  }
}
