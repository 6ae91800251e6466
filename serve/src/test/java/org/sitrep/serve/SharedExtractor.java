package org.sitrep.serve;

import org.sitrep.extract.ArticleExtractor;
import org.sitrep.extract.ParseTriage;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;

/** The test JVM's one extractor: CoreNLP loads once, on first use, for every test class. */
public final class SharedExtractor {
  private SharedExtractor() {}

  public static ArticleExtractor get() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final ArticleExtractor INSTANCE =
        new ArticleExtractor(
            new CoreNlpAnnotator(CoreNlpConfig.defaults(), ParseTriage.bundled()),
            Gazetteer.loadDefault());
  }
}
