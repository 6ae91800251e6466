package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.ParseTriage;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.model.text.TextAnnotator;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;

/**
 * The composition root: builds the heavy shared components once (CoreNLP's models, the gazetteer)
 * and wires them into the extractor every worker thread shares.
 */
final class Application {
  /** Extractors over a gazetteer file, by absolute path; they share the one annotator. */
  private static final Map<Path, ArticleExtractor> WITH_INDEX_FILE = new HashMap<>();

  private Application() {}

  /**
   * The process's one extractor over the built-in gazetteer, built on first use. Design decision: a
   * lazy holder rather than a field of each command, so that a JVM running several commands (the
   * tests) loads the models once.
   */
  static ArticleExtractor extractor() {
    return DefaultExtractor.INSTANCE;
  }

  /**
   * The extractor over {@code gazetteer} (a file written by {@code sitrep gazetteer build}), or
   * over the built-in one when empty. Each file is loaded once per process, and every extractor
   * shares the one CoreNLP annotator: only the gazetteer differs.
   *
   * @throws IOException when the file cannot be read as a gazetteer index
   */
  static ArticleExtractor extractor(Optional<Path> gazetteer) throws IOException {
    if (gazetteer.isEmpty()) {
      return extractor();
    }
    Path file = gazetteer.get().toAbsolutePath().normalize();
    synchronized (WITH_INDEX_FILE) {
      ArticleExtractor cached = WITH_INDEX_FILE.get(file);
      if (cached == null) {
        // The index loads first: a bad file fails before CoreNLP spends a minute loading.
        Gazetteer index = Gazetteer.load(file);
        cached = new ArticleExtractor(SharedAnnotator.INSTANCE, index);
        WITH_INDEX_FILE.put(file, cached);
      }
      return cached;
    }
  }

  /**
   * The process's one CoreNLP annotator, the one every extractor reads with: for commands that
   * compare sitrep with plain CoreNLP in the same run without loading a second pipeline.
   */
  static TextAnnotator annotator() {
    return SharedAnnotator.INSTANCE;
  }

  private static final class SharedAnnotator {
    static final TextAnnotator INSTANCE =
        new CoreNlpAnnotator(CoreNlpConfig.defaults(), ParseTriage.bundled());
  }

  /** The process's one built-in gazetteer, the same instance the default extractor uses. */
  static Gazetteer gazetteer() {
    return DefaultGazetteer.INSTANCE;
  }

  private static final class DefaultGazetteer {
    static final Gazetteer INSTANCE = Gazetteer.loadDefault();
  }

  private static final class DefaultExtractor {
    static final ArticleExtractor INSTANCE =
        new ArticleExtractor(SharedAnnotator.INSTANCE, gazetteer());
  }
}
