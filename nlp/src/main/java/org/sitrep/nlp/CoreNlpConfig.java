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
 */
public record CoreNlpConfig(boolean fineGrainedNer, boolean dependencies) {
  /** The configuration sitrep extracts with. */
  public static CoreNlpConfig defaults() {
    return new CoreNlpConfig(false, true);
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
    Properties props = new Properties();
    props.setProperty(
        "annotators", "tokenize,ssplit,pos,lemma,ner" + (dependencies ? ",depparse" : ""));
    // Design decision: a blank line ends a sentence, so headlines and datelines that lack a full
    // stop do not run into the first sentence of the body.
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    props.setProperty("ner.applyFineGrained", Boolean.toString(fineGrainedNer));
    props.setProperty("ner.buildEntityMentions", "true");
    // Design decision: no "present" fallback. Without a document date, relative expressions stay
    // unresolved rather than being silently anchored to today.
    props.setProperty("ner.docdate.usePresent", "false");
    props.setProperty("tokenize.options", "invertible=true,splitHyphenated=false");
    return props;
  }
}
