package org.sitrep.eval.wikievents;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.model.Span;
import org.sitrep.model.TextSpan;

/**
 * Where each token of a WikiEvents document lies in the text sitrep reads.
 *
 * <p>A document gives {@code tokens}, {@code text} and {@code sentences}; each sentence is its
 * tokens as {@code [token, start, end]} and its own text. The sentence texts concatenate to {@code
 * text} exactly, with nothing between them ("...in the city.The next..."), but the token offsets
 * count in the original document, which had one or more separator characters between sentences: so
 * they are right within a sentence and drift from {@code text} by one or more characters per
 * sentence.
 *
 * <p>Design decision: the text sitrep reads is the sentence texts joined by a blank line, not
 * {@code text} itself. Without a separator, the tokenizer sees "city.The" as one word and the
 * sentence splitter misses most boundaries, which would score the gold's missing whitespace rather
 * than the extractor. Within a sentence the characters are exactly {@code text}'s; a token's offset
 * is its sentence's start in the joined text plus its offset within the sentence.
 */
final class TokenLayout {
  /** What goes between two sentences: a paragraph break, which sitrep's splitter always honours. */
  static final String SEPARATOR = "\n\n";

  private final String text;
  private final List<TextSpan> sentences;
  private final List<Span> tokens;
  private final List<Integer> sentenceOfToken;

  private TokenLayout(
      String text, List<TextSpan> sentences, List<Span> tokens, List<Integer> sentenceOfToken) {
    this.text = text;
    this.sentences = List.copyOf(sentences);
    this.tokens = List.copyOf(tokens);
    this.sentenceOfToken = List.copyOf(sentenceOfToken);
  }

  /**
   * The layout of one document line.
   *
   * @throws IllegalArgumentException when the tokens, sentences and text disagree, naming {@code
   *     where}, the sentence and the token
   */
  static TokenLayout of(JsonNode document, String where) {
    List<String> tokenList = strings(field(document, "tokens", where), where);
    String original = field(document, "text", where).asText();
    JsonNode sentenceList = field(document, "sentences", where);
    StringBuilder joined = new StringBuilder();
    StringBuilder concatenated = new StringBuilder();
    List<TextSpan> sentences = new ArrayList<>();
    List<Span> tokens = new ArrayList<>();
    List<Integer> sentenceOf = new ArrayList<>();
    for (int s = 0; s < sentenceList.size(); s++) {
      JsonNode sentence = sentenceList.get(s);
      if (!sentence.isArray()
          || sentence.size() != 2
          || !sentence.get(0).isArray()
          || sentence.get(0).isEmpty()) {
        throw new IllegalArgumentException(
            where + ": sentence " + s + " must be [[[token, start, end], ...], text]");
      }
      String sentenceText = sentence.get(1).asText();
      if (s > 0) {
        joined.append(SEPARATOR);
      }
      int start = joined.length();
      joined.append(sentenceText);
      concatenated.append(sentenceText);
      sentences.add(new TextSpan(start, joined.length(), sentenceText));
      JsonNode sentenceTokens = sentence.get(0);
      int base =
          sentenceTokens.get(0).get(1).asInt()
              - sentenceText.indexOf(sentenceTokens.get(0).get(0).asText());
      for (JsonNode token : sentenceTokens) {
        Span span =
            new Span(start + token.get(1).asInt() - base, start + token.get(2).asInt() - base);
        String word = token.get(0).asText();
        int index = tokens.size();
        if (index >= tokenList.size() || !tokenList.get(index).equals(word)) {
          throw new IllegalArgumentException(
              where + ": sentence " + s + " token '" + word + "' is not document token " + index);
        }
        if (span.start() < start
            || span.end() > joined.length()
            || !span.slice(joined.toString()).equals(word)) {
          throw new IllegalArgumentException(
              where
                  + ": sentence "
                  + s
                  + " token "
                  + index
                  + " '"
                  + word
                  + "' does not lie at its offsets in the sentence text");
        }
        tokens.add(span);
        sentenceOf.add(s);
      }
    }
    if (tokens.size() != tokenList.size()) {
      throw new IllegalArgumentException(
          where + ": sentences hold " + tokens.size() + " tokens, tokens has " + tokenList.size());
    }
    if (!concatenated.toString().equals(original)) {
      throw new IllegalArgumentException(
          where + ": the sentence texts do not concatenate to the document text");
    }
    return new TokenLayout(joined.toString(), sentences, tokens, sentenceOf);
  }

  String text() {
    return text;
  }

  List<TextSpan> sentences() {
    return sentences;
  }

  /**
   * The text of tokens {@code [first, end)}, which must lie in one sentence.
   *
   * @throws IllegalArgumentException when the range is empty, out of bounds, or crosses a sentence
   */
  TextSpan span(int first, int end, String where) {
    if (first < 0 || end <= first || end > tokens.size()) {
      throw new IllegalArgumentException(
          where
              + ": token range ["
              + first
              + ", "
              + end
              + ") outside "
              + tokens.size()
              + " tokens");
    }
    if (!sentenceOfToken.get(first).equals(sentenceOfToken.get(end - 1))) {
      throw new IllegalArgumentException(
          where + ": token range [" + first + ", " + end + ") crosses a sentence boundary");
    }
    return TextSpan.of(text, tokens.get(first).start(), tokens.get(end - 1).end());
  }

  /** The sentence of token {@code index}. */
  int sentenceOf(int index) {
    return sentenceOfToken.get(index);
  }

  static JsonNode field(JsonNode node, String name, String where) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException(where + ": missing field " + name);
    }
    return value;
  }

  private static List<String> strings(JsonNode array, String where) {
    if (!array.isArray()) {
      throw new IllegalArgumentException(where + ": tokens must be a list");
    }
    List<String> list = new ArrayList<>();
    array.forEach(token -> list.add(token.asText()));
    return list;
  }
}
