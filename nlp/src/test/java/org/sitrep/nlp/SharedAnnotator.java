package org.sitrep.nlp;

/**
 * The pipelines shared by every test of this JVM: CoreNLP loads once per test run. CoreNLP's own
 * annotator pool shares the models between pipelines with the same settings, so the recaser and the
 * annotator without recasing cost no second load.
 */
final class SharedAnnotator {
  private static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator(CoreNlpConfig.defaults());

  private SharedAnnotator() {}

  static CoreNlpAnnotator get() {
    return INSTANCE;
  }

  /** The same pipeline, reading texts in capitals as they are. */
  static CoreNlpAnnotator withoutRecasing() {
    return WithoutRecasing.INSTANCE;
  }

  static CapitalsRecaser recaser() {
    return Recaser.INSTANCE;
  }

  private static final class WithoutRecasing {
    static final CoreNlpAnnotator INSTANCE =
        new CoreNlpAnnotator(CoreNlpConfig.defaults().withRecaseCapitals(false));
  }

  private static final class Recaser {
    static final CapitalsRecaser INSTANCE = new CapitalsRecaser(CoreNlpConfig.truecaseProperties());
  }
}
