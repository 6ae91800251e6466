package org.sitrep.serve;

import org.sitrep.extract.ArticleExtractor;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;

/**
 * The one extractor of the test JVM: CoreNLP takes about 40 s to load and the gazetteer a few more,
 * so every test that extracts shares this one, built on first use.
 */
public final class SharedExtractor {
  private SharedExtractor() {}

  /** Built by the class loader on first access, once, thread-safely. */
  private static final class Holder {
    static final ArticleExtractor EXTRACTOR =
        new ArticleExtractor(
            new CoreNlpAnnotator(CoreNlpConfig.defaults()), Gazetteer.loadDefault());
  }

  /** The shared extractor; the first call loads CoreNLP and the gazetteer. */
  public static ArticleExtractor get() {
    return Holder.EXTRACTOR;
  }
}
