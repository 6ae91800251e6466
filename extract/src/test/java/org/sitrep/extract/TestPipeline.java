package org.sitrep.extract;

import java.time.LocalDate;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.nlp.CoreNlpAnnotator;
import org.sitrep.nlp.CoreNlpConfig;

/** The CoreNLP pipeline shared by every test of this JVM: models load once per test run. */
public final class TestPipeline {
  private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(CoreNlpConfig.defaults());

  private TestPipeline() {}

  public static CoreNlpAnnotator annotator() {
    return ANNOTATOR;
  }

  public static AnnotatedText annotate(String text, LocalDate published) {
    return ANNOTATOR.annotate(text, published);
  }
}
