package org.sitrep.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.SparkFiles;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.ParseTriage;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.input.ArticleReader;
import org.sitrep.input.ReaderOptions;
import org.sitrep.model.text.TextAnnotator;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;

/**
 * The heavy parts of the pipeline, built at most once per JVM: on a cluster, once per executor,
 * shared by all the task threads that executor runs (ArticleExtractor and ArticleReader are
 * thread-safe).
 *
 * <p>Design decision: static lazy holders rather than broadcast variables. CoreNLP's models are not
 * serializable and take half a minute to load; a holder loads them on an executor's first task and
 * keeps them for every later task and job in that JVM.
 */
public final class ExecutorPipeline {
  /** Extractors over a gazetteer index file, by the name the job was given. */
  private static final Map<String, ArticleExtractor> WITH_INDEX_FILE = new HashMap<>();

  private ExecutorPipeline() {}

  /** The JVM's one reader of input records, with sitrep's default options. */
  public static ArticleReader reader() {
    return Reader.INSTANCE;
  }

  /**
   * The JVM's extractor over the built-in gazetteer when {@code gazetteer} is empty, else over the
   * index file of that name: a path on the node, or the name of a file shipped with {@code
   * spark-submit --files}. Every extractor shares the one CoreNLP annotator.
   */
  public static ArticleExtractor extractor(String gazetteer) {
    if (gazetteer.isEmpty()) {
      return DefaultExtractor.INSTANCE;
    }
    synchronized (WITH_INDEX_FILE) {
      ArticleExtractor cached = WITH_INDEX_FILE.get(gazetteer);
      if (cached == null) {
        // The index loads first: a bad file fails before CoreNLP spends half a minute loading.
        cached = new ArticleExtractor(Annotator.INSTANCE, loadIndex(gazetteer));
        WITH_INDEX_FILE.put(gazetteer, cached);
      }
      return cached;
    }
  }

  private static Gazetteer loadIndex(String name) {
    Path file = Path.of(name);
    if (!Files.isRegularFile(file)) {
      // Shipped with --files: Spark puts it in the executor's working folder.
      file = Path.of(SparkFiles.get(file.getFileName().toString()));
    }
    try {
      return Gazetteer.load(file);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "cannot load the gazetteer index " + name + " (looked at " + file + ")", e);
    }
  }

  private static final class Reader {
    static final ArticleReader INSTANCE = new ArticleReader(ReaderOptions.defaults());
  }

  private static final class Annotator {
    static final TextAnnotator INSTANCE =
        new CoreNlpAnnotator(CoreNlpConfig.defaults(), ParseTriage.bundled());
  }

  private static final class DefaultExtractor {
    static final ArticleExtractor INSTANCE =
        new ArticleExtractor(Annotator.INSTANCE, Gazetteer.loadDefault());
  }
}
