package org.sitrep.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Stream;
import org.sitrep.eval.timex.TempEvalEvaluation;
import org.sitrep.eval.timex.TempEvalReport;
import org.sitrep.eval.timex.TempEvalSet;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimexType;
import org.sitrep.model.text.TextAnnotator;
import org.sitrep.model.text.TimexMention;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval tempeval DIR}: time expressions on TempEval-3 TimeBank and AQUAINT, sitrep
 * beside plain CoreNLP SUTime in the same run.
 */
@Command(
    name = "tempeval",
    mixinStandardHelpOptions = true,
    description =
        "Time expressions (strict and relaxed span P/R/F1, type and value accuracy and F1) on"
            + " TempEval-3 TimeBank and AQUAINT, sitrep beside plain SUTime.")
final class TempEvalCommand implements Callable<Integer> {
  /** The name of the plain CoreNLP baseline in tables and details. */
  static final String SUTIME = "SUTime";

  @Spec CommandSpec spec;

  @Mixin GoldSetOptions gold;

  @Option(
      names = "--set",
      paramLabel = "SET",
      description = "timebank, aquaint or all (default: ${DEFAULT-VALUE}).")
  String set = "all";

  @Mixin GazetteerOption gazetteer;

  @Override
  public Integer call() throws Exception {
    List<TempEvalSet> sets = sets();
    gold.check(
        spec, sets.stream().flatMap(one -> Stream.of(one.inputFile(), one.goldFile())).toList());
    TempEvalEvaluation evaluation = new TempEvalEvaluation(systems(), gold.threads);
    List<TempEvalReport> reports = new ArrayList<>();
    for (TempEvalSet one : sets) {
      reports.add(
          GoldSetOptions.timed(
              one.label(),
              () -> {
                TempEvalReport r = evaluation.evaluate(gold.dir, one, gold.limitOrAll());
                System.out.print(r.toTable());
                return r;
              }));
    }
    if (reports.size() > 1) {
      System.out.print(TempEvalReport.merge("all", reports).toTable());
      System.out.println();
    }
    List<GoldSetOptions.Details> details = new ArrayList<>();
    reports.forEach(report -> details.add(report::writeDetails));
    gold.writeDetails(details);
    return 0;
  }

  /**
   * sitrep's normalized times, and SUTime's raw timexes from the same shared annotator.
   *
   * <p>Design decision: SUTime runs the whole shared pipeline a second time per document rather
   * than reusing the extractor's annotation, so each system is exactly what its public entry point
   * gives; it doubles the NLP time, not the memory (one pipeline per JVM).
   */
  private Map<String, Function<Article, List<TimeExpression>>> systems() {
    ArticleExtractor extractor = gazetteer.extractor();
    TextAnnotator annotator = Application.annotator();
    Map<String, Function<Article, List<TimeExpression>>> systems = new LinkedHashMap<>();
    systems.put("sitrep", article -> extractor.extract(article).times());
    systems.put(
        SUTIME,
        article ->
            annotator.annotate(article.text(), article.published()).timexes().stream()
                .map(TempEvalCommand::timeExpression)
                .toList());
    return systems;
  }

  /** A CoreNLP timex as it came, with its raw value (or alternative value when it has none). */
  static TimeExpression timeExpression(TimexMention timex) {
    return new TimeExpression(
        timex.start(),
        timex.end(),
        timex.text(),
        TimexType.valueOf(timex.type().toUpperCase(Locale.ROOT)),
        timex.value());
  }

  private List<TempEvalSet> sets() {
    if (set.equalsIgnoreCase("all")) {
      return List.of(TempEvalSet.values());
    }
    try {
      return List.of(TempEvalSet.of(set));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--set: " + e.getMessage() + ", all");
    }
  }
}
