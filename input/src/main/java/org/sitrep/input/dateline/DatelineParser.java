package org.sitrep.input.dateline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.model.Span;

/**
 * Finds the publication date in the dateline at the head of a news text, in the shapes wires and
 * press offices use: {@code "KABUL, Afghanistan (Jan. 14, 2015) –"}, {@code "WASHINGTON, Aug. 12
 * (Reuters) -"}, {@code "SAN SALVADOR, 12 JAN 90 (RADIO ...) --"}, {@code "LONDON (AP) — March 3,
 * 2021"}, {@code "Paris, 4 May 2019 (AFP) -"}, {@code "NAIROBI, Kenya, Monday, June 5, 2023 -"}.
 *
 * <p>A dateline is a line (or a run of text after a wide gap) that starts with a capitalised place
 * and agency part ending in a comma, an opening parenthesis or a dash, followed by a date; or a
 * date at the start of a line followed by a colon or dash. Only the first {@value #WINDOW} chars
 * are searched.
 *
 * <p>Design decision: a dateline without a year ("KABUL, Afghanistan (Dec. 28)") takes its year
 * from the header text before it (a release number "2010-12-S-310", a title date "April 21, 2011"),
 * else from the context given (the title), else from a release number later in the header ("Feb.
 * 17: Operations in the South / 2010-02-CA-082"); when there is none the date is unknown. The
 * parser never guesses a year, and never uses today's date.
 *
 * <p>Stateless and thread-safe.
 */
public final class DatelineParser {
  /** How many leading chars of the text are searched. */
  public static final int WINDOW = 600;

  private static final int MAX_LINE = 220;
  private static final String MONTHS =
      "(?<month>(?iu:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?))(?:\\.|\\b)";
  private static final String MONTH_DAY_YEAR =
      "(?<date>"
          + MONTHS
          + "\\s*(?<day>\\d{1,2})(?iu:st|nd|rd|th)?(?!\\d)"
          + "(?:,?\\s*(?<year>\\d{4})(?!\\d))?)";
  private static final String DAY_MONTH_YEAR =
      "(?<date>(?<day>\\d{1,2})(?iu:st|nd|rd|th)?\\s+"
          + MONTHS
          + "(?:,?\\s*(?<year>\\d{4}|\\d{2})(?!\\d))?)";
  // Place and agency: starts with a capital, no digits, no line break, ends in , ( or a dash.
  private static final String PLACE =
      "(?<place>\\p{Lu}[^\\d\\n\\r\\u2028\\u2029]{0,120}?(?:,|\\(|[–—-]))\\s*";
  private static final String TRAILER = "(?=\\s*[:–—-])";
  private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
  private static final List<Shape> SHAPES =
      List.of(
          new Shape(Pattern.compile(PLACE + MONTH_DAY_YEAR, FLAGS), "month day, year", true),
          new Shape(Pattern.compile(PLACE + DAY_MONTH_YEAR, FLAGS), "day month year", true),
          new Shape(Pattern.compile(MONTH_DAY_YEAR + TRAILER, FLAGS), "month day, year", false),
          new Shape(Pattern.compile(DAY_MONTH_YEAR + TRAILER, FLAGS), "day month year", false));
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}'’]+");

  private final HeaderYear headerYear = new HeaderYear();

  /** Finds the dateline date of {@code text}, or empty when there is none with a known year. */
  public Optional<Dateline> find(String text) {
    return find(text, null);
  }

  /**
   * Finds the dateline date of {@code text}; {@code context} (the title, or null) is searched for a
   * year when the dateline has none and the text before it has none either.
   */
  public Optional<Dateline> find(String text, String context) {
    return find(text, context, null);
  }

  /**
   * Finds the dateline date of {@code text}. A dateline without a year takes it from the header
   * text before it, else from {@code context} (the title, or null), else from {@code near} (a date
   * the record's metadata gives, or null): the year that puts the dateline closest to it.
   */
  public Optional<Dateline> find(String text, String context, LocalDate near) {
    for (int start : segmentStarts(text)) {
      Optional<Dateline> dateline = datelineAt(text, context, near, start);
      if (dateline.isPresent()) {
        return dateline;
      }
    }
    return Optional.empty();
  }

  /**
   * Where the text has a placed dateline, anywhere in it (a file can hold several releases), with
   * or without a year: from the start of its segment to the end of its date, "KABUL, Afghanistan
   * (Dec. 7". Such a line says where and when a report was filed, not what it reports.
   */
  public List<Span> datelineSpans(String text) {
    List<Span> spans = new ArrayList<>();
    for (int start : segmentStarts(text, text.length())) {
      int end = lineEnd(text, start);
      for (Shape shape : SHAPES) {
        Matcher m = shape.pattern().matcher(text).region(start, end);
        if (shape.placed() && m.lookingAt() && placeLooksLikeOne(m.group("place"))) {
          spans.add(new Span(start, m.end("date")));
          break;
        }
      }
    }
    return List.copyOf(spans);
  }

  private Optional<Dateline> datelineAt(String text, String context, LocalDate near, int start) {
    int end = lineEnd(text, start);
    for (Shape shape : SHAPES) {
      Matcher m = shape.pattern().matcher(text).region(start, end);
      if (m.lookingAt() && (!shape.placed() || placeLooksLikeOne(m.group("place")))) {
        Optional<Dateline> dateline = toDateline(text, context, near, m, shape.form(), start);
        if (dateline.isPresent()) {
          return dateline;
        }
      }
    }
    return Optional.empty();
  }

  private Optional<Dateline> toDateline(
      String text, String context, LocalDate near, Matcher m, String form, int segmentStart) {
    int month = monthNumber(m.group("month"));
    int day = Integer.parseInt(m.group("day"));
    String yearText = m.group("year");
    int year;
    String shownForm = form;
    if (yearText != null) {
      year = fullYear(yearText);
    } else {
      OptionalInt found = headerYear.find(text.substring(0, segmentStart), month);
      if (found.isEmpty() && context != null) {
        found = headerYear.find(context, month);
      }
      if (found.isEmpty() && near != null) {
        found = OptionalInt.of(yearNearest(near, month, day));
      }
      if (found.isEmpty()) {
        found = headerYear.releaseYear(text.substring(0, Math.min(text.length(), WINDOW)), month);
      }
      if (found.isEmpty()) {
        return Optional.empty();
      }
      year = found.getAsInt();
      shownForm = form.replace(", year", "").replace(" year", "") + " + header year";
    }
    try {
      LocalDate date = LocalDate.of(year, month, day);
      return Optional.of(new Dateline(date, new Span(m.start("date"), m.end("date")), shownForm));
    } catch (DateTimeException e) {
      // "Feb. 30" is not a date; the shape matched by accident, so this is no dateline.
      return Optional.empty();
    }
  }

  /**
   * The year in which month/day falls closest to {@code near}: "Dec. 30" near 2011-01-02 is 2010.
   */
  static int yearNearest(LocalDate near, int month, int day) {
    int best = near.getYear();
    long bestDistance = Long.MAX_VALUE;
    for (int year = near.getYear() - 1; year <= near.getYear() + 1; year++) {
      try {
        long distance = Math.abs(LocalDate.of(year, month, day).toEpochDay() - near.toEpochDay());
        if (distance < bestDistance) {
          best = year;
          bestDistance = distance;
        }
      } catch (DateTimeException e) {
        // Feb. 29 outside a leap year: not a candidate.
      }
    }
    return best;
  }

  /** Two-digit years: 00-49 are 20xx, 50-99 are 19xx. */
  static int fullYear(String digits) {
    int value = Integer.parseInt(digits);
    if (digits.length() == 4) {
      return value;
    }
    return value < 50 ? 2000 + value : 1900 + value;
  }

  static int monthNumber(String name) {
    String key = name.substring(0, 3).toLowerCase(Locale.ROOT);
    int index = "janfebmaraprmayjunjulaugsepoctnovdec".indexOf(key);
    if (index < 0 || index % 3 != 0) {
      throw new IllegalArgumentException("not a month name: " + name);
    }
    return index / 3 + 1;
  }

  // Every word of the place part is capitalised, or a short lower-case particle ("de", "la").
  private static boolean placeLooksLikeOne(String place) {
    Matcher words = WORD.matcher(place);
    int count = 0;
    while (words.find()) {
      String word = words.group();
      boolean capital = Character.isUpperCase(word.codePointAt(0));
      if (!capital && !(word.length() <= 3 && word.equals(word.toLowerCase(Locale.ROOT)))) {
        return false;
      }
      count++;
    }
    return count > 0;
  }

  private static int lineEnd(String text, int start) {
    int limit = Math.min(text.length(), start + MAX_LINE);
    for (int i = start; i < limit; i++) {
      if (isLineBreak(text.charAt(i))) {
        return i;
      }
    }
    return limit;
  }

  /** Starts of lines, and of text after a gap of two or more blanks, in the window. */
  static List<Integer> segmentStarts(String text) {
    return segmentStarts(text, WINDOW);
  }

  private static List<Integer> segmentStarts(String text, int window) {
    int limit = Math.min(text.length(), window);
    List<Integer> starts = new ArrayList<>();
    int i = 0;
    boolean atStart = true;
    while (i < limit) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        atStart = true;
        i++;
      } else if (isBlank(c)) {
        int run = i;
        while (run < limit && isBlank(text.charAt(run))) {
          run++;
        }
        atStart |= run - i >= 2;
        i = run;
      } else {
        if (atStart) {
          starts.add(i);
          atStart = false;
        }
        i++;
      }
    }
    return starts;
  }

  private static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\u00a0' || c == '\f';
  }

  private record Shape(Pattern pattern, String form, boolean placed) {}
}
