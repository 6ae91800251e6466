package org.sitrep.extract.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.sitrep.model.data.TsvResource;
import org.sitrep.model.text.Token;

/**
 * The modifier words and vague number words of {@code modifiers.tsv} and {@code vague-numbers.tsv},
 * matched longest first against lower-cased token texts. Immutable.
 */
final class QuantityLexicon {
  /** A modifier phrase and the bound it sets. */
  record Modifier(List<String> words, Bound bound) {
    Modifier {
      words = List.copyOf(words);
    }
  }

  /** A number phrase without a numeral, with the interval it stands for. */
  record VagueNumber(List<String> words, Bound.Interval interval, boolean needsOf) {
    VagueNumber {
      words = List.copyOf(words);
    }
  }

  private final List<Modifier> modifiers;
  private final List<VagueNumber> vagueNumbers;

  private QuantityLexicon(List<Modifier> modifiers, List<VagueNumber> vagueNumbers) {
    this.modifiers = List.copyOf(modifiers);
    this.vagueNumbers = List.copyOf(vagueNumbers);
  }

  static QuantityLexicon load() {
    List<Modifier> modifiers = new ArrayList<>();
    for (List<String> row : TsvResource.columns(QuantityLexicon.class, "modifiers.tsv", 3)) {
      modifiers.add(new Modifier(words(row.get(0)), Bound.valueOf(row.get(1))));
    }
    modifiers.sort(Comparator.comparingInt((Modifier m) -> m.words().size()).reversed());
    List<VagueNumber> vague = new ArrayList<>();
    for (List<String> row : TsvResource.columns(QuantityLexicon.class, "vague-numbers.tsv", 5)) {
      Long max = row.get(2).equals("-") ? null : Long.valueOf(row.get(2));
      vague.add(
          new VagueNumber(
              words(row.get(0)),
              new Bound.Interval(Long.valueOf(row.get(1)), max, false, false),
              switch (row.get(3)) {
                case "yes" -> true;
                case "no" -> false;
                default ->
                    throw new IllegalStateException(
                        "vague-numbers.tsv needs_of must be yes or no, got " + row.get(3));
              }));
    }
    vague.sort(Comparator.comparingInt((VagueNumber v) -> v.words().size()).reversed());
    return new QuantityLexicon(modifiers, vague);
  }

  /** The modifier ending right before token {@code next}, not reaching before {@code floor}. */
  Optional<Modifier> modifierBefore(List<Token> tokens, int next, int floor) {
    for (Modifier modifier : modifiers) {
      int first = next - modifier.words().size();
      if (first >= floor && matches(tokens, first, modifier.words())) {
        return Optional.of(modifier);
      }
    }
    return Optional.empty();
  }

  /** The vague number starting at token {@code first} and ending before {@code limit}. */
  Optional<VagueNumber> vagueNumberAt(List<Token> tokens, int first, int limit) {
    for (VagueNumber vague : vagueNumbers) {
      int end = first + vague.words().size();
      if (end > limit || !matches(tokens, first, vague.words())) {
        continue;
      }
      boolean ofFollows = end < limit && lower(tokens.get(end)).equals("of");
      if (!vague.needsOf() || ofFollows) {
        return Optional.of(vague);
      }
    }
    return Optional.empty();
  }

  private static boolean matches(List<Token> tokens, int first, List<String> words) {
    if (first < 0 || first + words.size() > tokens.size()) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (!lower(tokens.get(first + i)).equals(words.get(i))) {
        return false;
      }
    }
    return true;
  }

  static String lower(Token token) {
    return token.text().toLowerCase(Locale.ROOT);
  }

  private static List<String> words(String phrase) {
    return List.of(phrase.split(" "));
  }
}
