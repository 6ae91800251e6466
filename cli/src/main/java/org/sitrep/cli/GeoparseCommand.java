package org.sitrep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.sitrep.eval.geo.GeoparseEvaluation;
import org.sitrep.eval.geo.GeoparseReport;
import org.sitrep.eval.geo.GeoparseSet;
import org.sitrep.extract.ArticleExtractor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
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

  @Mixin GoldSetOptions gold;

  @Option(
      names = "--set",
      paramLabel = "SET",
      description = "lgl, geovirus or all (default: ${DEFAULT-VALUE}).")
  String set = "all";

  @Override
  public Integer call() throws Exception {
    List<GeoparseSet> sets = sets();
    gold.check(
        spec, sets.stream().flatMap(one -> Stream.of(one.inputFile(), one.goldFile())).toList());
    ArticleExtractor extractor = Application.extractor();
    // A rejected article predicts no places: it scores as all misses, which is what it is.
    GeoparseEvaluation evaluation =
        new GeoparseEvaluation(
            article -> extractor.extract(article).places(),
            new PopulationBaseline(Application.gazetteer()),
            gold.threads);
    List<GoldSetOptions.Details> reports = new ArrayList<>();
    for (GeoparseSet one : sets) {
      GeoparseReport report =
          GoldSetOptions.timed(
              one.label(),
              () -> {
                GeoparseReport r = evaluation.evaluate(gold.dir, one, gold.limitOrAll());
                System.out.print(r.toTable());
                return r;
              });
      reports.add(report::writeDetails);
    }
    gold.writeDetails(reports);
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
