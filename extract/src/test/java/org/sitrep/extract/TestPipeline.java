package org.sitrep.extract;

import java.time.LocalDate;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.model.Article;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;

/** The CoreNLP pipeline shared by every test of this JVM: models load once per test run. */
public final class TestPipeline {
  private static final CoreNlpAnnotator ANNOTATOR =
      new CoreNlpAnnotator(CoreNlpConfig.defaults(), ParseTriage.bundled());

  /** Built on first use: the gazetteer takes a few seconds to load. */
  private static final class Extractor {
    static final ArticleExtractor INSTANCE =
        new ArticleExtractor(ANNOTATOR, Gazetteer.loadDefault());
  }

  private TestPipeline() {}

  /** The whole extractor on the shared pipeline and the built-in gazetteer. */
  public static ArticleExtractor extractor() {
    return Extractor.INSTANCE;
  }

  public static CoreNlpAnnotator annotator() {
    return ANNOTATOR;
  }

  /** An article of a test: the text, with the publication date its metadata gave. */
  public static Article article(String text, LocalDate published) {
    return Article.fromMetadata("t", null, text, published, "test");
  }

  public static AnnotatedText annotate(String text, LocalDate published) {
    return ANNOTATOR.annotate(text, published);
  }
}
