package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * Rewrites a text written in capitals ("GUERRILLAS ATTACKED THE FARM NEAR SAN SALVADOR") into the
 * mixed case CoreNLP's tagger, NER and parser were trained on ("guerrillas attacked the farm near
 * San Salvador"), with CoreNLP's {@code truecase} annotator. Any other text comes back unchanged,
 * as the same instance, at the cost of one pass over its characters.
 *
 * <p>The copy has exactly the length of the original and differs from it only in the case of
 * letters, so every offset found in the copy is an offset into the original.
 *
 * <p>Thread-safe. The truecasing model (about 100 MB on disk, several hundred MB of heap) loads on
 * the first text written in capitals, once, and is then shared by every thread; a run that never
 * sees such a text never loads it.
 */
final class CapitalsRecaser implements UnaryOperator<String> {
  private final Properties properties;
  private volatile StanfordCoreNLP truecaser;

  /**
   * @param properties the {@code tokenize,ssplit,truecase} pipeline's properties, read when the
   *     first text in capitals arrives
   */
  CapitalsRecaser(Properties properties) {
    this.properties = new Properties();
    this.properties.putAll(properties);
  }

  /**
   * True when more than 70% of the letters are capitals, as in old wire copy ("SAN SALVADOR, 12 JAN
   * 90 --"). Design decision: the same rule as extract's {@code TextCasing}, repeated here because
   * nlp cannot depend on extract; the two must agree, so that the texts nlp recases are the texts
   * extract treats as written in capitals.
   */
  static boolean isWrittenInCapitals(String text) {
    int letters = 0;
    int capitals = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (Character.isUpperCase(c)) {
          capitals++;
        }
      }
    }
    return letters > 0 && capitals * 10 > letters * 7;
  }

  /** The text in likely mixed case when it is written in capitals; otherwise the text itself. */
  @Override
  public String apply(String text) {
    return isWrittenInCapitals(text) ? recase(text) : text;
  }

  /** A copy of {@code text}, of the same length, with each token in its truecased form. */
  String recase(String text) {
    Annotation document = new Annotation(text);
    truecaser().annotate(document);
    char[] copy = text.toCharArray();
    for (CoreLabel token : document.get(CoreAnnotations.TokensAnnotation.class)) {
      int start = token.beginPosition();
      int end = token.endPosition();
      String original = text.substring(start, end);
      String truecased = token.get(CoreAnnotations.TrueCaseTextAnnotation.class);
      // Design decision: the truecased form replaces the token only when it is the same letters in
      // another case. When it is not (the tokenizer normalized the word, or a mixed-case list
      // spelled it differently), the token is lower-cased instead: most words of running text are
      // lower case, and a wrong lower case costs the tagger less than a run of capitals does.
      // Characters are mapped one by one, because String.toLowerCase can change the length.
      boolean sameLetters =
          truecased != null
              && truecased.length() == original.length()
              && truecased.equalsIgnoreCase(original);
      for (int i = start; i < end; i++) {
        copy[i] = sameLetters ? truecased.charAt(i - start) : Character.toLowerCase(copy[i]);
      }
    }
    return new String(copy);
  }

  private StanfordCoreNLP truecaser() {
    StanfordCoreNLP loaded = truecaser;
    if (loaded == null) {
      synchronized (this) {
        loaded = truecaser;
        if (loaded == null) {
          loaded = new StanfordCoreNLP(properties);
          truecaser = loaded;
        }
      }
    }
    return loaded;
  }
}
