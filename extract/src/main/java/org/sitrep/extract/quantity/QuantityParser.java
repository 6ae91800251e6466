package org.sitrep.extract.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.sitrep.model.Quantity;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.Sentence;
import org.sitrep.model.text.Token;

/**
 * Finds counts in a text and reads each as an interval with the noun it counts.
 *
 * <ul>
 *   <li>numerals and number words: "80", "1,500", "1.5 million", "nine", "two dozen" → [N, N];
 *   <li>ranges: "10 to 20", "10-20", "two or three", "between 10 and 20" → [10, 20];
 *   <li>modifiers ({@code modifiers.tsv}): "fewer than N" → max N exclusive, "up to N" → max N,
 *       "more than N" → min N exclusive, "at least N" → min N, "about N" → N ± 10%, "nearly N" → [N
 *       − 10%, N];
 *   <li>vague numbers ({@code vague-numbers.tsv}): "dozens" → min 12, "hundreds" → min 100, "a few"
 *       → [2, 5], "several" → min 3.
 * </ul>
 *
 * <p>Design decision: a quantity's span covers the modifier and the number ("more than 80"), never
 * the counted noun, which is reported as {@link Quantity#unit()}; the noun can lie far from the
 * number or be shared by a range, and other stages cite the number itself as evidence.
 *
 * <p>Numbers that CoreNLP tags as DATE, TIME, DURATION, SET, MONEY, PERCENT or ORDINAL are never
 * read, since only NUMBER tokens start a quantity; nor are bare years ("in 1994" when the tagger
 * missed it: a four-digit 1900–2099 with nothing counted) and labels after a proper noun
 * ("Resolution 2254", "Route 7"). Fractions ("7.62") are no counts. Final and thread-safe.
 */
public final class QuantityParser {
  private static final Set<String> RANGE_JOINERS = Set.of("to", "-", "\u2013", "or");
  private static final Set<String> OPEN_NER = Set.of("O", "NUMBER");

  private final QuantityLexicon lexicon;

  /** A parser with the lexicons shipped in this package. */
  public QuantityParser() {
    this.lexicon = QuantityLexicon.load();
  }

  /** The quantities of {@code text} in text order, with exact spans. */
  public List<Quantity> find(AnnotatedText text) {
    List<Quantity> found = new ArrayList<>();
    for (Sentence sentence : text.sentences()) {
      int i = sentence.firstToken();
      while (i < sentence.endToken()) {
        Optional<Core> core = coreAt(text.tokens(), i, sentence);
        if (core.isEmpty()) {
          i++;
          continue;
        }
        quantity(text, core.get(), sentence).ifPresent(found::add);
        i = core.get().end();
      }
    }
    return List.copyOf(found);
  }

  /**
   * The number itself: tokens {@code [first, end)} and their interval before any modifier.
   *
   * @param modifiable whether a modifier before {@code first} may narrow it (single values only)
   */
  private record Core(int first, int end, Bound.Interval interval, boolean modifiable) {}

  private Optional<Core> coreAt(List<Token> tokens, int i, Sentence sentence) {
    Optional<QuantityLexicon.VagueNumber> vague =
        lexicon.vagueNumberAt(tokens, i, sentence.endToken());
    if (vague.isPresent()) {
      int end = i + vague.get().words().size();
      Bound.Interval interval = vague.get().interval();
      return openNer(tokens, i, end)
          ? Optional.of(new Core(i, end, interval, interval.isExact()))
          : Optional.empty();
    }
    if (!NumberReader.isNumber(tokens.get(i))) {
      return Optional.empty();
    }
    int end = NumberReader.runEnd(tokens, i, sentence.endToken());
    Optional<NumberReader.Value> value = NumberReader.read(tokens, i, end);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    long low = value.get().low();
    long high = value.get().high();
    if (low == high) {
      Optional<Core> range = rangeFrom(tokens, i, end, low, sentence);
      if (range.isPresent()) {
        return range;
      }
    }
    // CoreNLP sometimes reads "10 and 20" as one range token run; "between" still belongs to it.
    int first = low != high && follows(tokens, i, "between", sentence) ? i - 1 : i;
    return Optional.of(
        new Core(first, end, new Bound.Interval(low, high, false, false), low == high));
  }

  private static boolean follows(List<Token> tokens, int i, String word, Sentence sentence) {
    return i > sentence.firstToken() && QuantityLexicon.lower(tokens.get(i - 1)).equals(word);
  }

  /** "10 to 20", "two or three", "between 10 and 20": the number at {@code [i, end)} opens it. */
  private static Optional<Core> rangeFrom(
      List<Token> tokens, int i, int end, long low, Sentence sentence) {
    if (end + 1 >= sentence.endToken() || !NumberReader.isNumber(tokens.get(end + 1))) {
      return Optional.empty();
    }
    boolean between = follows(tokens, i, "between", sentence);
    String joiner = QuantityLexicon.lower(tokens.get(end));
    if (!(between ? joiner.equals("and") : RANGE_JOINERS.contains(joiner))) {
      return Optional.empty();
    }
    int secondEnd = NumberReader.runEnd(tokens, end + 1, sentence.endToken());
    Optional<NumberReader.Value> second = NumberReader.read(tokens, end + 1, secondEnd);
    if (second.isEmpty() || second.get().low() != second.get().high() || second.get().low() < low) {
      return Optional.empty();
    }
    Bound.Interval range = new Bound.Interval(low, second.get().low(), false, false);
    return Optional.of(new Core(between ? i - 1 : i, secondEnd, range, false));
  }

  private Optional<Quantity> quantity(AnnotatedText text, Core core, Sentence sentence) {
    List<Token> tokens = text.tokens();
    Optional<QuantityLexicon.Modifier> modifier =
        core.modifiable()
            ? lexicon.modifierBefore(tokens, core.first(), sentence.firstToken())
            : Optional.empty();
    String unit = UnitFinder.unitOf(text, core.first(), core.end(), sentence.endToken());
    if (modifier.isEmpty() && isYearOrLabel(tokens, core, unit, sentence)) {
      return Optional.empty();
    }
    int first = core.first() - modifier.map(m -> m.words().size()).orElse(0);
    Bound.Interval interval =
        modifier.map(m -> m.bound().apply(core.interval().min())).orElse(core.interval());
    int start = tokens.get(first).start();
    int end = tokens.get(core.end() - 1).end();
    return Optional.of(
        new Quantity(
            start,
            end,
            text.text().substring(start, end),
            interval.min(),
            interval.max(),
            interval.minExclusive(),
            interval.maxExclusive(),
            unit));
  }

  /** "in 1994" with nothing counted, or "Resolution 2254": a bare numeral that counts nothing. */
  private static boolean isYearOrLabel(
      List<Token> tokens, Core core, String unit, Sentence sentence) {
    Token number = tokens.get(core.first());
    if (core.end() - core.first() != 1 || !number.text().matches("\\d+")) {
      return false;
    }
    long value = core.interval().min();
    boolean year = number.text().length() == 4 && value >= 1900 && value <= 2099 && unit == null;
    boolean label =
        core.first() > sentence.firstToken()
            && tokens.get(core.first() - 1).pos().startsWith("NNP");
    return year || label;
  }

  private static boolean openNer(List<Token> tokens, int first, int end) {
    for (int i = first; i < end; i++) {
      if (!OPEN_NER.contains(tokens.get(i).ner())) {
        return false;
      }
    }
    return true;
  }
}
