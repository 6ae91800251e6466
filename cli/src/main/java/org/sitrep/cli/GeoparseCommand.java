package org.sitrep.cli;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sitrep.eval.geo.GeoparseEvaluation;
import org.sitrep.eval.geo.GeoparseReport;
import org.sitrep.eval.geo.GeoparseSet;
import org.sitrep.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval geoparse DIR}: place recognition and resolution on LGL and GeoVirus, beside a
 * population-only baseline.
 */
@Command(
    name = "geoparse",
    mixinStandardHelpOptions = true,
    description =
        "Toponym recognition (P/R/F1, exact and overlap) and resolution (acc@161, median and mean"
            + " error, AUC) on LGL and GeoVirus, beside a population baseline.")
final class GeoparseCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "DIR",
      description =
          "The folder holding SET.input.jsonl and SET.gold.jsonl (../shared/data/geoparsing).")
  Path dir;

  @Option(
      names = "--set",
      paramLabel = "SET",
      description = "lgl, geovirus or all (default: ${DEFAULT-VALUE}).")
  String set = "all";

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Read only the first N articles of each set.")
  Integer limit;

  @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Option(
      names = "--details",
      paramLabel = "FILE",
      description = "Write every gold toponym and false positive as JSONL.")
  Path details;

  @Override
  public Integer call() throws Exception {
    List<GeoparseSet> sets = sets();
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be >= 1, got " + limit);
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be >= 1, got " + threads);
    }
    for (GeoparseSet one : sets) {
      for (Path file : List.of(dir.resolve(one.inputFile()), dir.resolve(one.goldFile()))) {
        if (!Files.isRegularFile(file)) {
          throw new ParameterException(spec.commandLine(), "no gold file " + file);
        }
      }
    }
    ArticleExtractor extractor = Application.extractor();
    // A rejected article predicts no places: it scores as all misses, which is what it is.
    GeoparseEvaluation evaluation =
        new GeoparseEvaluation(
            article -> extractor.extract(article).places(),
            new PopulationBaseline(Application.gazetteer()),
            threads);
    List<GeoparseReport> reports = new ArrayList<>();
    for (GeoparseSet one : sets) {
      long started = System.nanoTime();
      GeoparseReport report =
          evaluation.evaluate(dir, one, limit == null ? Integer.MAX_VALUE : limit);
      System.out.print(report.toTable());
      System.out.printf(
          Locale.ROOT, "(%s: %.1f s)%n%n", one.label(), (System.nanoTime() - started) / 1e9);
      reports.add(report);
    }
    if (details != null) {
      try (BufferedWriter writer = Files.newBufferedWriter(details, StandardCharsets.UTF_8)) {
        for (GeoparseReport report : reports) {
          report.writeDetails(writer);
        }
      }
      System.out.println("details: " + details);
    }
    return 0;
  }

  private List<GeoparseSet> sets() {
    if (set.equalsIgnoreCase("all")) {
      return List.of(GeoparseSet.values());
    }
    try {
      return List.of(GeoparseSet.of(set));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--set: " + e.getMessage() + ", all");
    }
  }
}
