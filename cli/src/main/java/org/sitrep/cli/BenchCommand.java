package org.sitrep.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.input.ArticleReader;
import org.sitrep.input.ReaderOptions;
import org.sitrep.model.Article;
import org.sitrep.model.InputRecord;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code sitrep bench}: throughput and memory of the full extraction, side by side with plain
 * CoreNLP ({@code tokenize,ssplit,pos,lemma,ner,depparse}) on the same articles in the same run.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = "Measures articles/s, tokens/s and peak memory of sitrep against plain CoreNLP.")
final class BenchCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Files or folders of articles.")
  List<String> inputs;

  @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Option(names = "--limit", description = "Use at most this many articles (default: all).")
  int limit = Integer.MAX_VALUE;

  @Option(
      names = "--warmup",
      description = "Articles run before timing each side (default: ${DEFAULT-VALUE}).")
  int warmup = 3;

  @Option(
      names = "--untriaged",
      description =
          "Also time sitrep with every sentence parsed and read by SUTime: what the triage saves.")
  boolean untriaged;

  @Mixin GazetteerOption gazetteer;

  @Spec CommandSpec spec;

  /** One side's figures. */
  /**
   * One side's figures; {@code perArticle} is what the work returned for each article (tokens for
   * plain CoreNLP, microseconds for sitrep).
   */
  record Side(
      String name,
      double loadSeconds,
      double seconds,
      int articles,
      long tokens,
      long peakHeap,
      long[] perArticle) {
    double articlesPerSecond() {
      return articles / seconds;
    }

    double tokensPerSecond() {
      return tokens / seconds;
    }
  }

  @Override
  public Integer call() throws Exception {
    if (threads < 1 || limit < 1 || warmup < 0) {
      throw new ParameterException(
          spec.commandLine(), "--threads and --limit must be >= 1, --warmup >= 0");
    }
    List<Article> articles = read();
    if (articles.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "no readable articles in " + inputs);
    }
    PrintStream out = System.out;
    out.printf(Locale.ROOT, "sitrep bench: %d articles, %d threads%n", articles.size(), threads);

    long loadStart = System.nanoTime();
    CoreNlpAnnotator plain = new CoreNlpAnnotator(CoreNlpConfig.plainBaseline());
    double plainLoad = (System.nanoTime() - loadStart) / 1e9;
    Side plainSide = time("plain CoreNLP", plainLoad, articles, a -> plain.annotateOnly(a.text()));
    long[] tokens = plainSide.perArticle();
    long tokenCount = plainSide.tokens();

    loadStart = System.nanoTime();
    ArticleExtractor extractor = gazetteer.extractor();
    double sitrepLoad = (System.nanoTime() - loadStart) / 1e9;
    Side sitrepSide = time("sitrep extract", sitrepLoad, articles, a -> timed(extractor, a));
    List<Side> sides = new ArrayList<>(List.of(withTokens(sitrepSide, tokenCount), plainSide));
    if (untriaged) {
      // The same gazetteer as the sitrep side, which has already checked that it loads.
      Gazetteer places =
          gazetteer.chosen().isPresent()
              ? Gazetteer.load(gazetteer.chosen().get())
              : Application.gazetteer();
      ArticleExtractor everything =
          new ArticleExtractor(
              new CoreNlpAnnotator(CoreNlpConfig.defaults().withTimesWhereCued(false)), places);
      Side side = time("sitrep untriaged", 0, articles, a -> timed(everything, a));
      sides.add(1, withTokens(side, tokenCount));
    }

    out.printf(
        Locale.ROOT,
        "%-17s %11s %10s %13s %8s%n",
        "",
        "articles/s",
        "tokens/s",
        "peak heap MB",
        "load s");
    for (Side side : sides) {
      out.printf(
          Locale.ROOT,
          "%-17s %11.2f %10.0f %13d %8.1f%n",
          side.name(),
          side.articlesPerSecond(),
          side.tokensPerSecond(),
          side.peakHeap() >> 20,
          side.loadSeconds());
    }
    out.printf(
        Locale.ROOT,
        "ratio sitrep/plain: %.2f%n",
        sitrepSide.articlesPerSecond() / plainSide.articlesPerSecond());
    printByLength(out, tokens, sitrepSide.perArticle());
    long rss = HeapSampler.peakRssBytes();
    out.printf(
        Locale.ROOT,
        "peak RSS of the process (both pipelines loaded): %s%n",
        rss < 0 ? "unknown" : (rss >> 20) + " MB");
    return 0;
  }

  /** Extracts, and returns the time it took in microseconds: for the cost by article length. */
  private static long timed(ArticleExtractor extractor, Article article) {
    long start = System.nanoTime();
    extractor.extract(article);
    return (System.nanoTime() - start) / 1000;
  }

  /**
   * How sitrep's cost grows with article length: the articles in four groups by token count, with
   * the mean time per article and per thousand tokens in each. Times are wall time on one worker
   * while the others run, so they add up to about threads × the run's length.
   */
  private static void printByLength(PrintStream out, long[] tokens, long[] micros) {
    Integer[] order = new Integer[tokens.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Long.compare(tokens[a], tokens[b]));
    out.printf(
        Locale.ROOT,
        "sitrep by length:  %8s %10s %12s %13s%n",
        "articles",
        "tokens",
        "ms/article",
        "ms/1k tokens");
    int groups = Math.min(4, order.length);
    for (int g = 0; g < groups; g++) {
      int from = g * order.length / groups;
      int to = (g + 1) * order.length / groups;
      long tokenSum = 0;
      long microSum = 0;
      for (int k = from; k < to; k++) {
        tokenSum += tokens[order[k]];
        microSum += micros[order[k]];
      }
      out.printf(
          Locale.ROOT,
          "  %-15s %8d %10s %12.1f %13.1f%n",
          "quarter " + (g + 1),
          to - from,
          tokens[order[from]] + "-" + tokens[order[to - 1]],
          microSum / 1000.0 / (to - from),
          tokenSum == 0 ? 0 : microSum / (double) tokenSum);
    }
  }

  private static Side withTokens(Side side, long tokens) {
    return new Side(
        side.name(),
        side.loadSeconds(),
        side.seconds(),
        side.articles(),
        tokens,
        side.peakHeap(),
        side.perArticle());
  }

  private List<Article> read() {
    ArticleReader reader = new ArticleReader(ReaderOptions.defaults());
    List<Article> articles = new ArrayList<>();
    try (Stream<InputRecord> records = reader.read(inputs)) {
      records
          .filter(r -> r instanceof InputRecord.Accepted)
          .limit(limit)
          .forEach(r -> articles.add(((InputRecord.Accepted) r).article()));
    }
    return articles;
  }

  private Side time(String name, double load, List<Article> articles, ToLongFunction<Article> work)
      throws InterruptedException, ExecutionException {
    for (Article article : articles.subList(0, Math.min(warmup, articles.size()))) {
      work.applyAsLong(article);
    }
    System.gc();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (HeapSampler sampler = new HeapSampler()) {
      long start = System.nanoTime();
      List<Future<Long>> futures = new ArrayList<>();
      for (Article article : articles) {
        futures.add(pool.submit(() -> work.applyAsLong(article)));
      }
      long[] perArticle = new long[articles.size()];
      long total = 0;
      for (int i = 0; i < perArticle.length; i++) {
        perArticle[i] = futures.get(i).get();
        total += perArticle[i];
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      return new Side(name, load, seconds, articles.size(), total, sampler.peakBytes(), perArticle);
    } finally {
      pool.shutdownNow();
    }
  }
}
