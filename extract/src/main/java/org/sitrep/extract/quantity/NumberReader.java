package org.sitrep.extract.quantity;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.text.Token;

/**
 * Reads the whole-number value of a run of NUMBER tokens ("80", "1,500", "1.5 million", "two
 * dozen", "10-20") from CoreNLP's normalized value, falling back on the digits of the text.
 * Stateless.
 */
final class NumberReader {
  /** CoreNLP prefixes the normalized value with the comparison it saw ("<1000.0", "~50.0"). */
  private static final Pattern COMPARISON = Pattern.compile("^[<>=~]+");

  private static final Pattern RANGE = Pattern.compile("(.+?)\\s*[-\u2013]\\s*(.+)");

  /** A value or range read off the tokens; {@code low == high} for a single number. */
  record Value(long low, long high) {}

  private NumberReader() {}

  /** True for a token that starts or continues a number run. */
  static boolean isNumber(Token token) {
    return token.ner().equals("NUMBER");
  }

  /** The end of the number run starting at {@code first}: same normalized value throughout. */
  static int runEnd(List<Token> tokens, int first, int limit) {
    int end = first + 1;
    String normalized = tokens.get(first).normalized();
    while (end < limit
        && isNumber(tokens.get(end))
        && normalized != null
        && normalized.equals(tokens.get(end).normalized())) {
      end++;
    }
    return end;
  }

  /** The value of tokens {@code [first, end)}, or empty when it is no whole number or range. */
  static Optional<Value> read(List<Token> tokens, int first, int end) {
    String normalized = tokens.get(first).normalized();
    String source =
        normalized != null
            ? COMPARISON.matcher(normalized).replaceFirst("")
            : tokens.get(first).text().replace(",", "");
    Matcher range = RANGE.matcher(source);
    if (range.matches()) {
      Optional<Long> low = whole(range.group(1).replace(",", ""));
      Optional<Long> high = whole(range.group(2).replace(",", ""));
      return low.isPresent() && high.isPresent() && low.get() <= high.get()
          ? Optional.of(new Value(low.get(), high.get()))
          : Optional.empty();
    }
    return whole(source).map(n -> new Value(n, n));
  }

  private static Optional<Long> whole(String number) {
    if (!number.matches("\\d+(\\.\\d+)?(E\\d+)?")) {
      return Optional.empty();
    }
    BigDecimal value = new BigDecimal(number);
    if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
      return Optional.empty();
    }
    return value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) > 0
        ? Optional.empty()
        : Optional.of(value.longValueExact());
  }
}
