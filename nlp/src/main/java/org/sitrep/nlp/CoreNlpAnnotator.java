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
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.function.UnaryOperator;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.Dependency;
import org.sitrep.model.text.EntityMention;
import org.sitrep.model.text.Sentence;
import org.sitrep.model.text.SentenceTriage;
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
 * <p>Design decision: the pipeline runs in stages, and the costly ones read only the sentences that
 * need them. SUTime (half of NER's cost) reads the sentences with a word that can hold a time or a
 * number; the parser (the other half of the cost) reads the sentences a {@link SentenceTriage}
 * picks. Each stage runs over a view of the document that holds the chosen sentences, whose tokens
 * are the document's own, so the result is the same as one pipeline over the whole text, minus the
 * parses nobody reads.
 *
 * <p>Thread-safe: one instance, with its models loaded once (tens of seconds, about 0.6 GB of
 * heap), is shared by every worker thread. The truecasing model (another 0.65 GB) loads on the
 * first text in capitals.
 */
public final class CoreNlpAnnotator implements TextAnnotator {
  private final StanfordCoreNLP plain;
  private final StanfordCoreNLP words;
  private final StanfordCoreNLP namesAndTimes;
  private final StanfordCoreNLP names;
  private final StanfordCoreNLP parser;
  private final TimeCues timeCues;
  private final SentenceTriage triage;
  private final UnaryOperator<String> recasing;

  /** sitrep's pipeline, parsing every sentence. */
  public CoreNlpAnnotator(CoreNlpConfig config) {
    this(config, SentenceTriage.EVERY_SENTENCE);
  }

  /**
   * sitrep's pipeline: tokens, tags and lemmas for the whole text; NER's statistical taggers for
   * every sentence; SUTime for the sentences with a word that can hold a time or number (when
   * {@link CoreNlpConfig#timesWhereCued()}); the parser for the sentences {@code triage} picks.
   */
  public CoreNlpAnnotator(CoreNlpConfig config, SentenceTriage triage) {
    this.plain = null;
    this.timeCues = config.timesWhereCued() ? TimeCues.bundled() : null;
    this.words = new StanfordCoreNLP(config.wordProperties());
    this.namesAndTimes = new StanfordCoreNLP(config.nerProperties(true));
    this.names = new StanfordCoreNLP(config.nerProperties(false));
    this.parser = config.dependencies() ? new StanfordCoreNLP(config.parserProperties()) : null;
    this.triage = triage;
    this.recasing =
        config.recaseCapitals()
            ? new CapitalsRecaser(CoreNlpConfig.truecaseProperties())
            : UnaryOperator.identity();
  }

  /**
   * A pipeline with explicit CoreNLP properties (the benchmark's plain baseline); it reads every
   * text as it is, capitals included, and every sentence with every annotator.
   */
  public CoreNlpAnnotator(Properties properties) {
    this.plain = new StanfordCoreNLP(properties);
    this.words = null;
    this.namesAndTimes = null;
    this.names = null;
    this.parser = null;
    this.timeCues = null;
    this.triage = SentenceTriage.EVERY_SENTENCE;
    this.recasing = UnaryOperator.identity();
  }

  @Override
  public AnnotatedText annotate(String text, LocalDate documentDate) {
    return toRecords(text, run(text, documentDate));
  }

  /** Runs the pipeline and discards the result: for benchmarking CoreNLP on its own. */
  public int annotateOnly(String text) {
    return run(text, null).get(CoreAnnotations.TokensAnnotation.class).size();
  }

  private Annotation run(String text, LocalDate documentDate) {
    Annotation document = new Annotation(recasing.apply(text));
    if (documentDate != null) {
      document.set(CoreAnnotations.DocDateAnnotation.class, documentDate.toString());
    }
    if (plain != null) {
      plain.annotate(document);
      return document;
    }
    words.annotate(document);
    List<CoreMap> timed = new ArrayList<>();
    List<CoreMap> untimed = new ArrayList<>();
    List<CoreMap> parsed = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      List<String> forms = tokens.stream().map(CoreLabel::word).toList();
      List<String> lemmas = tokens.stream().map(CoreLabel::lemma).toList();
      (timeCues == null || timeCues.anyIn(forms, lemmas) ? timed : untimed).add(sentence);
      if (parser != null && triage.needsParse(forms, lemmas)) {
        parsed.add(sentence);
      }
    }
    List<CoreMap> mentions = new ArrayList<>();
    mentions.addAll(annotatePart(namesAndTimes, document, timed));
    mentions.addAll(annotatePart(names, document, untimed));
    document.set(CoreAnnotations.MentionsAnnotation.class, inSentenceOrder(document, mentions));
    if (parser != null) {
      annotatePart(parser, document, parsed);
    }
    return document;
  }

  /**
   * The two NER stages' mentions in the order one stage over the whole text gives: sentence by
   * sentence, and within a sentence in the order the stage built them (names before the numbers and
   * times that SUTime adds, not strictly by position).
   */
  private static List<CoreMap> inSentenceOrder(Annotation document, List<CoreMap> mentions) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    List<List<CoreMap>> bySentence = new ArrayList<>();
    int[] firstTokens = new int[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      firstTokens[s] = sentences.get(s).get(CoreAnnotations.TokenBeginAnnotation.class);
      bySentence.add(new ArrayList<>());
    }
    for (CoreMap mention : mentions) {
      int found =
          Arrays.binarySearch(firstTokens, mention.get(CoreAnnotations.TokenBeginAnnotation.class));
      bySentence.get(found >= 0 ? found : -found - 2).add(mention);
    }
    List<CoreMap> ordered = new ArrayList<>(mentions.size());
    bySentence.forEach(ordered::addAll);
    return ordered;
  }

  /**
   * Runs {@code stage} over some of the document's sentences, in place: the sentences and tokens
   * are the document's own objects. Returns the entity mentions the stage built, if any.
   */
  private static List<CoreMap> annotatePart(
      StanfordCoreNLP stage, Annotation document, List<CoreMap> sentences) {
    if (sentences.isEmpty()) {
      return List.of();
    }
    Annotation part = new Annotation(document.get(CoreAnnotations.TextAnnotation.class));
    // All the document's tokens, so that token indices (SUTime reads context through them) stay
    // the document's.
    part.set(
        CoreAnnotations.TokensAnnotation.class,
        document.get(CoreAnnotations.TokensAnnotation.class));
    part.set(CoreAnnotations.SentencesAnnotation.class, sentences);
    String date = document.get(CoreAnnotations.DocDateAnnotation.class);
    if (date != null) {
      part.set(CoreAnnotations.DocDateAnnotation.class, date);
    }
    stage.annotate(part);
    List<CoreMap> mentions = part.get(CoreAnnotations.MentionsAnnotation.class);
    return mentions == null ? List.of() : mentions;
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
