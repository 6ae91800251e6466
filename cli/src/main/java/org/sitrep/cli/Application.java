package org.sitrep.cli;

import org.sitrep.extract.ArticleExtractor;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;

/**
 * The composition root: builds the heavy shared components once (CoreNLP's models, the gazetteer)
 * and wires them into the extractor every worker thread shares.
 */
final class Application {
  private Application() {}

  /**
   * The process's one extractor, built on first use. Design decision: a lazy holder rather than a
   * field of each command, so that a JVM running several commands (the tests) loads the models
   * once.
   */
  static ArticleExtractor extractor() {
    return ExtractorHolder.EXTRACTOR;
  }

  /** The process's one gazetteer, the same instance the extractor uses. */
  static Gazetteer gazetteer() {
    return GazetteerHolder.GAZETTEER;
  }

  private static final class GazetteerHolder {
    static final Gazetteer GAZETTEER = Gazetteer.loadDefault();
  }

  private static final class ExtractorHolder {
    static final ArticleExtractor EXTRACTOR =
        new ArticleExtractor(new CoreNlpAnnotator(CoreNlpConfig.defaults()), gazetteer());
  }
}
