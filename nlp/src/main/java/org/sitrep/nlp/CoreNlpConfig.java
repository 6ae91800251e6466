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
 */
public record CoreNlpConfig(boolean fineGrainedNer, boolean dependencies, boolean recaseCapitals) {
  /** The configuration sitrep extracts with. */
  public static CoreNlpConfig defaults() {
    return new CoreNlpConfig(false, true, true);
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

  Properties toProperties() {
    Properties props = textProperties();
    props.setProperty(
        "annotators", "tokenize,ssplit,pos,lemma,ner" + (dependencies ? ",depparse" : ""));
    props.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
    props.setProperty("ner.buildEntityMentions", "true");
    // Design decision: no "present" fallback. Without a document date, relative expressions stay
    // unresolved rather than being silently anchored to today.
    props.setProperty("ner.docdate.usePresent", "false");
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
