package org.sitrep.extract.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.TimeExpression;
import org.sitrep.model.TimexType;
import org.sitrep.model.data.TsvResource;
import org.sitrep.model.text.AnnotatedText;
import org.sitrep.model.text.TimexMention;
import org.sitrep.model.text.Token;

/**
 * Turns the NLP layer's time expressions into sitrep's, normalized against the publication date,
 * correcting what SUTime gets wrong in news:
 *
 * <ul>
 *   <li>a bare weekday, month, month and day, season or quarter ("on Friday", "back in January")
 *       resolves by the tense of its clause: past clauses take the latest occurrence on or before
 *       the publication date, future clauses ("will", "is expected to") the earliest on or after
 *       it; see {@link BareDateResolver};
 *   <li>"overnight" in a past or tenseless clause is the night before the publication date;
 *   <li>"two days later" counts from an event of the story, so its value is null, not a date;
 *   <li>the ordinal "second" ("a second bomb") is dropped, unless it carries a clock time;
 *   <li>SUTime's unresolved pseudo-values ("OFFSET P-1D", "THIS P1W") become null, and without a
 *       publication date no value may carry a year the text does not state: relative expressions
 *       stay unresolved ({@code XXXX-07-11}, {@code PAST_REF}), never today's date;
 *   <li>one expression split in two ("Thursday" + "night" with the same value) is merged.
 * </ul>
 *
 * <p>Reference values ({@code PRESENT_REF}, {@code PAST_REF}) are kept as they are: they are not
 * dates, and {@link #asDate} refuses them. Final, immutable and thread-safe.
 */
public final class TimeNormalizer {
  private static final Pattern EXPLICIT_YEAR = Pattern.compile("\\d{4}|'\\d{2}\\b");
  private static final Pattern RESOLVED_YEAR = Pattern.compile("^\\d{4}");

  /**
   * A reference number that starts like a date: "2013-05-CA-042", "2012-03-S-101" (press release
   * numbers). SUTime reads its head as a month.
   */
  private static final Pattern REFERENCE_NUMBER =
      Pattern.compile("\\d{4}-\\d{2}-\\p{Alpha}+-\\d+.*");

  private final TenseReader tenses;
  private final Set<String> anchors;
  private final Set<String> storySuffixes;
  private final Set<String> junk;
  private final Map<String, String> modifiers = new HashMap<>();

  /** A normalizer with the lexicons shipped in this package. */
  public TimeNormalizer() {
    this.tenses = TenseReader.fromLexicon();
    Set<String> anchorWords = new HashSet<>();
    Set<String> suffixes = new HashSet<>();
    for (List<String> row : TsvResource.columns(TimeNormalizer.class, "reference-words.tsv", 3)) {
      switch (row.get(1)) {
        case "ANCHOR" -> anchorWords.add(row.get(0));
        case "STORY_SUFFIX" -> suffixes.add(row.get(0));
        default ->
            throw new IllegalStateException(
                "reference-words.tsv role must be ANCHOR or STORY_SUFFIX, got " + row.get(1));
      }
    }
    this.anchors = Set.copyOf(anchorWords);
    this.storySuffixes = Set.copyOf(suffixes);
    Set<String> junkPhrases = new HashSet<>();
    for (List<String> row : TsvResource.columns(TimeNormalizer.class, "junk-expressions.tsv", 2)) {
      junkPhrases.add(row.get(0));
    }
    this.junk = Set.copyOf(junkPhrases);
    for (List<String> row : TsvResource.columns(TimeNormalizer.class, "time-modifiers.tsv", 3)) {
      modifiers.put(row.get(0), row.get(1));
    }
  }

  /**
   * The time expressions of {@code text} in text order, with exact spans.
   *
   * @param published the publication date relative expressions resolve against, or null when
   *     unknown (relative expressions then stay unresolved)
   */
  public List<TimeExpression> normalize(AnnotatedText text, LocalDate published) {
    List<TimeExpression> expressions = new ArrayList<>();
    for (TimexMention mention : TimexMerger.merge(text)) {
      List<String> words = words(text, mention);
      if ((junk.contains(String.join(" ", words)) && !hasClockTime(mention.value()))
          || isReferenceNumber(text, mention)) {
        continue;
      }
      expressions.add(
          new TimeExpression(
              mention.start(),
              mention.end(),
              mention.text(),
              TimexType.valueOf(mention.type()),
              value(text, mention, words, published),
              modOf(words)));
    }
    addUntaggedOvernight(text, published, expressions);
    return List.copyOf(expressions);
  }

  /**
   * "in overnight operations": SUTime tags "overnight" as an adverb but not as an adjective; both
   * name the night before publication.
   */
  private void addUntaggedOvernight(
      AnnotatedText text, LocalDate published, List<TimeExpression> expressions) {
    for (Token token : text.tokens()) {
      if (!token.text().equalsIgnoreCase("overnight")
          || expressions.stream()
              .anyMatch(e -> e.start() <= token.start() && token.end() <= e.end())) {
        continue;
      }
      Tense tense = tenses.tenseOf(text, token.index(), token.index() + 1);
      String value =
          published == null || tense == Tense.FUTURE ? null : published.minusDays(1) + "TNI";
      expressions.add(
          new TimeExpression(token.start(), token.end(), token.text(), TimexType.TIME, value));
    }
    expressions.sort((a, b) -> Integer.compare(a.start(), b.start()));
  }

  /** The TIMEX3 mod the words add ("early 2015" → START), or null. */
  private String modOf(List<String> words) {
    for (String word : words) {
      String mod = modifiers.get(word);
      if (mod == null && word.indexOf('-') > 0) {
        mod = modifiers.get(word.substring(0, word.indexOf('-') + 1));
      }
      if (mod != null) {
        return mod;
      }
    }
    return null;
  }

  /**
   * "a year ago" is 1997, not 1997-01-08: TIMEX3 gives an "ago" expression the granularity of its
   * unit (a year, a month; a week or a day keep SUTime's day).
   */
  private static String atGranularityOf(List<String> words, String raw) {
    boolean years = words.contains("year") || words.contains("years");
    boolean months = words.contains("month") || words.contains("months");
    if (years && raw.length() >= 4) {
      return raw.substring(0, 4);
    }
    if (months && raw.length() >= 7) {
      return raw.substring(0, 7);
    }
    return raw;
  }

  private static boolean isReferenceNumber(AnnotatedText text, TimexMention mention) {
    int end = mention.end();
    while (end < text.text().length() && !Character.isWhitespace(text.text().charAt(end))) {
      end++;
    }
    return REFERENCE_NUMBER.matcher(text.text().substring(mention.start(), end)).matches();
  }

  /** The calendar date an expression names, if any: see {@link CalendarDate#of}. */
  public static Optional<CalendarDate> asDate(TimeExpression expression) {
    return CalendarDate.of(expression);
  }

  private String value(
      AnnotatedText text, TimexMention mention, List<String> words, LocalDate published) {
    String raw = mention.value();
    // SUTime writes what it could not resolve as an instruction ("OFFSET P-1D") or as a range
    // ("P2D/P6D", "(REF,UNKNOWN,P12M/P18M)"); neither is a TIMEX3 value.
    if (raw == null
        || raw.isBlank()
        || raw.chars().anyMatch(c -> Character.isWhitespace(c) || c == '/' || c == '(')) {
      return null;
    }
    boolean explicitYear = EXPLICIT_YEAR.matcher(mention.text()).find();
    if (published == null) {
      return explicitYear ? raw : RESOLVED_YEAR.matcher(raw).replaceFirst("XXXX");
    }
    if (!RESOLVED_YEAR.matcher(raw).find() || explicitYear) {
      return raw;
    }
    if (words.size() > 1 && storySuffixes.contains(words.get(words.size() - 1))) {
      return null;
    }
    if (words.equals(List.of("overnight"))) {
      return overnight(text, mention, raw, published);
    }
    if (words.get(words.size() - 1).equals("ago")) {
      return atGranularityOf(words, raw);
    }
    if (words.stream().anyMatch(anchors::contains)) {
      return raw;
    }
    return rebareDate(text, mention, words, raw, published);
  }

  /**
   * Design decision: news published on the 12th that reports shelling "overnight" means the night
   * of the 11th into the 12th, which TIMEX3 writes as {@code 2017-08-11TNI}; SUTime stamps the
   * publication day.
   */
  private String overnight(
      AnnotatedText text, TimexMention mention, String raw, LocalDate published) {
    Tense tense = tenses.tenseOf(text, mention.firstToken(), mention.endToken());
    return tense == Tense.FUTURE ? raw : published.minusDays(1) + "TNI";
  }

  private String rebareDate(
      AnnotatedText text,
      TimexMention mention,
      List<String> words,
      String raw,
      LocalDate published) {
    int clock = raw.indexOf('T');
    String datePart = clock < 0 ? raw : raw.substring(0, clock);
    String clockPart = clock < 0 ? "" : raw.substring(clock);
    Optional<BareDateResolver.Shape> shape = BareDateResolver.shapeOf(words, datePart);
    if (shape.isEmpty()) {
      return raw;
    }
    Tense tense = tenses.tenseOf(text, mention.firstToken(), mention.endToken());
    return BareDateResolver.resolve(shape.get(), datePart, tense, published, words) + clockPart;
  }

  private static List<String> words(AnnotatedText text, TimexMention mention) {
    List<String> words = new ArrayList<>();
    for (int i = mention.firstToken(); i < mention.endToken(); i++) {
      words.add(text.tokens().get(i).text().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static boolean hasClockTime(String value) {
    return value != null && value.matches(".*T\\d{2}.*");
  }
}
