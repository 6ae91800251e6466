package org.sitrep.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.EntityMention;
import org.sitrep.model.text.Sentence;
import org.sitrep.model.text.TextAnnotator;
import org.sitrep.model.text.TimexMention;
import org.sitrep.model.text.Token;

/**
 * The one adapter between Stanford CoreNLP and sitrep: runs the pipeline and maps its annotation
 * maps into sitrep's immutable records.
 *
 * <p>Texts written in capitals (old wire copy) are first truecased into a copy of the same length
 * (see {@link CapitalsRecaser}), and the pipeline reads that copy; any other text is read as it is.
 * Design decision: the records still describe the original text. Offsets, {@link Token#text()} and
 * every mention's text are the original characters; only what CoreNLP derives from the words (tags,
 * lemmas, NER labels, dependencies) comes from the recased copy, so a lemma is "attack", not
 * "ATTACKED".
 *
 * <p>Thread-safe: one instance, with its models loaded once (tens of seconds, about 2 GB of heap),
 * is shared by every worker thread. The truecasing model loads on the first text in capitals.
 */
public final class CoreNlpAnnotator implements TextAnnotator {
  private final StanfordCoreNLP pipeline;
  private final UnaryOperator<String> recasing;

  public CoreNlpAnnotator(CoreNlpConfig config) {
    this.pipeline = new StanfordCoreNLP(config.toProperties());
    this.recasing =
        config.recaseCapitals()
            ? new CapitalsRecaser(CoreNlpConfig.truecaseProperties())
            : UnaryOperator.identity();
  }

  /**
   * A pipeline with explicit CoreNLP properties (the benchmark's plain baseline); it reads every
   * text as it is, capitals included.
   */
  public CoreNlpAnnotator(Properties properties) {
    this.pipeline = new StanfordCoreNLP(properties);
    this.recasing = UnaryOperator.identity();
  }

  @Override
  public AnnotatedText annotate(String text, LocalDate documentDate) {
    Annotation document = new Annotation(recasing.apply(text));
    if (documentDate != null) {
      document.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    }
    pipeline.annotate(document);
    return toRecords(text, document);
  }

  /** Runs the pipeline and discards the result: for benchmarking CoreNLP on its own. */
  public int annotateOnly(String text) {
    Annotation document = new Annotation(recasing.apply(text));
    pipeline.annotate(document);
    return document.get(CoreAnnotations.TokensAnnotation.class).size();
  }

  private static AnnotatedText toRecords(String text, Annotation document) {
    List<Token> tokens = new ArrayList<>();
    List<Sentence> sentences = new ArrayList<>();
    List<CoreMap> coreSentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    for (int s = 0; s < coreSentences.size(); s++) {
      CoreMap sentence = coreSentences.get(s);
      int first = tokens.size();
      for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(toToken(text, label, tokens.size(), s));
      }
      sentences.add(
          new Sentence(
              s,
              sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
              sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class),
              first,
              tokens.size(),
              dependencies(sentence, first)));
    }
    List<EntityMention> mentions = new ArrayList<>();
    List<TimexMention> timexes = new ArrayList<>();
    List<CoreMap> coreMentions = document.get(CoreAnnotations.MentionsAnnotation.class);
    if (coreMentions != null) {
      for (CoreMap mention : coreMentions) {
        addMention(text, mention, mentions, timexes);
      }
    }
    return new AnnotatedText(text, tokens, sentences, mentions, timexes);
  }

  private static Token toToken(String text, CoreLabel label, int index, int sentence) {
    int start = label.beginPosition();
    int end = label.endPosition();
    String ner = label.ner() == null ? "O" : label.ner();
    return new Token(
        index,
        sentence,
        start,
        end,
        text.substring(start, end),
        label.lemma() == null ? label.word() : label.lemma(),
        label.tag() == null ? "" : label.tag(),
        ner,
        label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
  }

  private static List<Dependency> dependencies(CoreMap sentence, int firstToken) {
    SemanticGraph graph =
        sentence.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
    if (graph == null) {
      return List.of();
    }
    List<Dependency> edges = new ArrayList<>();
    for (IndexedWord root : graph.getRoots()) {
      if (root.copyCount() == 0) {
        edges.add(new Dependency(-1, firstToken + root.index() - 1, "root"));
      }
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      // Design decision: enhanced++ adds copy nodes for elided predicates; they have no
      // characters of their own, so sitrep drops the edges that touch them.
      if (edge.getGovernor().copyCount() > 0 || edge.getDependent().copyCount() > 0) {
        continue;
      }
      edges.add(
          new Dependency(
              firstToken + edge.getGovernor().index() - 1,
              firstToken + edge.getDependent().index() - 1,
              edge.getRelation().toString()));
    }
    return edges;
  }

  private static void addMention(
      String text, CoreMap mention, List<EntityMention> mentions, List<TimexMention> timexes) {
    int start = mention.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = mention.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    int firstToken = mention.get(CoreAnnotations.TokenBeginAnnotation.class);
    int endToken = mention.get(CoreAnnotations.TokenEndAnnotation.class);
    String type = mention.get(CoreAnnotations.EntityTypeAnnotation.class);
    if (type == null || end <= start) {
      return;
    }
    Timex timex = mention.get(TimeAnnotations.TimexAnnotation.class);
    if (timex != null) {
      timexes.add(
          new TimexMention(
              firstToken,
              endToken,
              start,
              end,
              text.substring(start, end),
              timex.timexType(),
              timex.value() != null ? timex.value() : timex.altVal()));
    } else {
      mentions.add(
          new EntityMention(firstToken, endToken, start, end, text.substring(start, end), type));
    }
  }
}
