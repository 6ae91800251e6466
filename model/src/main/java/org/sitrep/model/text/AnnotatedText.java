package org.sitrep.model.text;

import java.util.List;
import java.util.Objects;

/** An article text with its tokens, sentences, entity mentions and time expressions. */
public record AnnotatedText(
    String text,
    List<Token> tokens,
    List<Sentence> sentences,
    List<EntityMention> mentions,
    List<TimexMention> timexes) {
  public AnnotatedText {
    Objects.requireNonNull(text, "text");
    tokens = List.copyOf(tokens);
    sentences = List.copyOf(sentences);
    mentions = List.copyOf(mentions);
    timexes = List.copyOf(timexes);
  }

  /** The tokens of one sentence. */
  public List<Token> tokensOf(Sentence sentence) {
    return tokens.subList(sentence.firstToken(), sentence.endToken());
  }

  /** The sentence a token belongs to. */
  public Sentence sentenceOf(Token token) {
    return sentences.get(token.sentence());
  }
}
