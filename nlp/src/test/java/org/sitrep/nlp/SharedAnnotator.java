package org.sitrep.nlp;

/** The pipeline shared by every test of this JVM: CoreNLP loads once per test run. */
final class SharedAnnotator {
  private static final CoreNlpAnnotator INSTANCE = new CoreNlpAnnotator(CoreNlpConfig.defaults());

  private SharedAnnotator() {}

  static CoreNlpAnnotator get() {
    return INSTANCE;
  }
}
