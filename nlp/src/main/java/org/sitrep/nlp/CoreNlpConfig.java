package org.sitrep.nlp;

import java.util.Properties;

/**
 * How the CoreNLP pipeline is set up.
 *
 * @param fineGrainedNer whether to run CoreNLP's fine-grained NER (CITY, TITLE, NATIONALITY, …) on
 *     top of the three CRF models. It roughly halves throughput, and sitrep's own lexicons and
 *     gazetteer cover what it adds, so the default is off.
 * @param dependencies whether to run the dependency parser; evaluation of NER-only stages can skip
 *     it
 * @param recaseCapitals whether a text written in capitals (old wire copy) is truecased before the
 *     pipeline reads it; off only to measure what the truecasing gains
 * @param timesWhereCued whether SUTime reads only the sentences with a word that can hold a time or
 *     number ({@link TimeCues}); off only to measure what that saves and check that it loses
 *     nothing
 */
public record CoreNlpConfig(
    boolean fineGrainedNer, boolean dependencies, boolean recaseCapitals, boolean timesWhereCued) {
  private static final String NER_MODEL =
      "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  /** The configuration sitrep extracts with. */
  public static CoreNlpConfig defaults() {
    return new CoreNlpConfig(false, true, true, true);
  }

  /** The same configuration with the truecasing of texts in capitals on or off. */
  public CoreNlpConfig withRecaseCapitals(boolean recase) {
    return new CoreNlpConfig(fineGrainedNer, dependencies, recase, timesWhereCued);
  }

  /** The same configuration with SUTime on every sentence, or only where {@link TimeCues} say. */
  public CoreNlpConfig withTimesWhereCued(boolean cued) {
    return new CoreNlpConfig(fineGrainedNer, dependencies, recaseCapitals, cued);
  }

  /**
   * CoreNLP's plain {@code tokenize,ssplit,pos,lemma,ner,depparse} with its own defaults: the
   * baseline the benchmark compares sitrep against.
   */
  public static Properties plainBaseline() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner,depparse");
    return props;
  }

  /** The cheap stages, run over the whole text: tokens, sentences, tags and lemmas. */
  Properties wordProperties() {
    Properties props = textProperties();
    props.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    return props;
  }

  /**
   * NER over the sentences it is given, with or without SUTime. Design decision: two NER stages
   * that differ only in SUTime, because SUTime is half of NER's cost and many sentences hold no
   * time or number; the second copy of the CRF model costs about 90 MB of heap.
   */
  Properties nerProperties(boolean times) {
    Properties props = new Properties();
    props.setProperty("annotators", "ner");
    props.setProperty("enforceRequirements", "false");
    props.setProperty("ner.useSUTime", Boolean.toString(times));
    // Design decision: one statistical tagger, not CoreNLP's three. The 3-class model is trained on
    // the union of CoNLL, MUC and ACE data and finds the persons, organizations and places sitrep
    // reads; the MUC 7-class model's dates, times, money and percentages come from SUTime and the
    // numeric classifiers anyway, and the CoNLL 4-class model adds only MISC, which no stage reads.
    // Each CRF costs about a sixth of the pipeline's time and 90 MB of heap.
    props.setProperty("ner.model", NER_MODEL);
    props.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
    props.setProperty("ner.buildEntityMentions", "true");
    // Design decision: no "present" fallback. Without a document date, relative expressions stay
    // unresolved rather than being silently anchored to today.
    props.setProperty("ner.docdate.usePresent", "false");
    return props;
  }

  /** The dependency parser over the sentences it is given. */
  Properties parserProperties() {
    Properties props = new Properties();
    props.setProperty("annotators", "depparse");
    props.setProperty("enforceRequirements", "false");
    return props;
  }

  /**
   * The pipeline that truecases texts written in capitals. It cuts tokens and sentences as the main
   * pipeline does, so that the truecaser sees each word in the sentence the tagger will.
   */
  static Properties truecaseProperties() {
    Properties props = textProperties();
    props.setProperty("annotators", "tokenize,ssplit,truecase");
    // Design decision: CapitalsRecaser writes the truecased forms into a copy of the text, so the
    // annotator leaves the tokens' own text alone.
    props.setProperty("truecase.overwriteText", "false");
    return props;
  }

  /** How text is cut into tokens and sentences: the same in both pipelines. */
  private static Properties textProperties() {
    Properties props = new Properties();
    // Design decision: a blank line ends a sentence, so headlines and datelines that lack a full
    // stop do not run into the first sentence of the body.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("tokenize.options", "invertible=true,splitHyphenated=false");
    return props;
  }
}
