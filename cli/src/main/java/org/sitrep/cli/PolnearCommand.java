package org.sitrep.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import org.sitrep.eval.attribution.AttributionEvaluation;
import org.sitrep.eval.attribution.AttributionReport;
import org.sitrep.eval.attribution.PolnearGoldFiles;
import org.sitrep.eval.attribution.PredictedAttribution;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.model.Article;
import org.sitrep.model.Claim;
import org.sitrep.model.Span;
import org.sitrep.nlp.quote.CoreNlpQuote;
import org.sitrep.nlp.quote.CoreNlpQuotes;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep eval polnear DIR}: who said what. Source, cue and content spans and source–content
 * pairs on a PolNeAR compartment, sitrep's claims beside CoreNLP's quote annotator in the same run.
 */
@Command(
    name = "polnear",
    mixinStandardHelpOptions = true,
    description =
        "Attribution P/R/F1 (source, cue, content spans; source-content pairs) on PolNeAR dev,"
            + " sitrep beside CoreNLP's quote attribution.")
final class PolnearCommand implements Callable<Integer> {
  static final List<String> SYSTEMS = List.of("sitrep", "corenlp");

  @Spec CommandSpec spec;

  @Mixin GoldSetOptions gold;

  @Option(
      names = "--systems",
      split = ",",
      paramLabel = "NAME",
      description = "Systems to run, of sitrep and corenlp (default: both).")
  List<String> systems = SYSTEMS;

  @Mixin GazetteerOption gazetteer;

  @Override
  public Integer call() throws Exception {
    check();
    Map<String, Function<Article, List<PredictedAttribution>>> chosen = new LinkedHashMap<>();
    for (String system : SYSTEMS) {
      if (systems.contains(system)) {
        chosen.put(system, loaded(system));
      }
    }
    AttributionEvaluation evaluation = new AttributionEvaluation(chosen, gold.threads);
    AttributionReport report;
    try (HeapSampler heap = new HeapSampler()) {
      report =
          GoldSetOptions.timed(
              "polnear " + gold.dir.getFileName(),
              () -> {
                AttributionReport r = evaluation.evaluate(gold.dir, gold.limitOrAll());
                System.out.print(r.toTable());
                return r;
              });
      System.out.printf(
          Locale.ROOT,
          "(peak heap %.1f GB, peak RSS %.1f GB)%n",
          heap.peakBytes() / 1e9,
          HeapSampler.peakRssBytes() / 1e9);
    }
    gold.writeDetails(List.of(report::writeDetails));
    return 0;
  }

  /** The system's function, its models loaded now so the run's time is the reading alone. */
  private Function<Article, List<PredictedAttribution>> loaded(String system) {
    long started = System.nanoTime();
    Function<Article, List<PredictedAttribution>> function;
    if (system.equals("sitrep")) {
      ArticleExtractor extractor = gazetteer.extractor();
      function = article -> sitrep(extractor, article);
    } else {
      CoreNlpQuotes quotes = CoreNlpQuotes.shared();
      function = article -> corenlp(quotes, article);
    }
    System.out.printf(
        Locale.ROOT, "(%s loaded in %.1f s)%n", system, (System.nanoTime() - started) / 1e9);
    return function;
  }

  /** sitrep's claims; a claim in the article's own voice (no cue) is not an attribution. */
  static List<PredictedAttribution> sitrep(ArticleExtractor extractor, Article article) {
    List<PredictedAttribution> attributions = new ArrayList<>();
    for (Claim claim : extractor.extract(article).claims()) {
      if (claim.cue() == null) {
        continue;
      }
      Span source =
          claim.speaker() == null ? null : new Span(claim.speaker().start(), claim.speaker().end());
      attributions.add(
          new PredictedAttribution(source, claim.cue().span(), claim.content().span()));
    }
    return attributions;
  }

  /** CoreNLP's quotes: the quote is the content, the linked mention the source; no cue. */
  static List<PredictedAttribution> corenlp(CoreNlpQuotes quotes, Article article) {
    List<PredictedAttribution> attributions = new ArrayList<>();
    for (CoreNlpQuote quote : quotes.quotes(article.text(), article.published())) {
      attributions.add(new PredictedAttribution(quote.mention(), null, quote.quote()));
    }
    return attributions;
  }

  private void check() {
    gold.check(spec, List.of());
    for (String folder : List.of(PolnearGoldFiles.TEXT, PolnearGoldFiles.ATTRIBUTIONS)) {
      if (!Files.isDirectory(gold.dir.resolve(folder))) {
        throw new ParameterException(
            spec.commandLine(), "no gold folder " + gold.dir.resolve(folder));
      }
    }
    if (systems.isEmpty() || !SYSTEMS.containsAll(systems)) {
      throw new ParameterException(
          spec.commandLine(),
          "--systems takes sitrep, corenlp or both, comma-separated; got " + systems);
    }
  }
}
