package org.sitrep.ledger.claim;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.sitrep.model.Speaker;

/**
 * Who makes a claim and when: the parts of comparing claims that quantities and relations share.
 */
final class ClaimSources {
  /**
   * The stances that deny what the content says. Design decision: a closed pair of the stance
   * values the claim extractor emits, not a lexicon; the cue words behind them are data there.
   */
  private static final Set<String> DENIALS = Set.of("deny", "refuse");

  /** Earliest publication first, unknown dates last, then by article and claim. */
  static final Comparator<ClaimRef> BY_PUBLISHED =
      Comparator.comparing(ClaimRef::published, Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparing(ClaimRef::articleId)
          .thenComparing(ClaimRef::claimId)
          .thenComparingInt(ClaimRef::start);

  private static final Pattern CALENDAR = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  private ClaimSources() {}

  /** True for a calendar date {@code YYYY[-MM[-DD]]}, the only dates {@link #apart} reads. */
  static boolean isCalendar(String date) {
    return date != null && CALENDAR.matcher(date).matches();
  }

  static boolean isDenial(String stance) {
    return DENIALS.contains(stance.toLowerCase(Locale.ROOT));
  }

  /** {@code YYYY-MM} of a date, or null. */
  static String month(LocalDate date) {
    return date == null ? null : date.toString().substring(0, 7);
  }

  /**
   * Who stands behind a claim, for telling one source from another: the speaker's actor id, else
   * the speaker's name, case-insensitive; for the article's own voice, its outlet, else the
   * article.
   */
  static String speakerKey(SourcedClaim sourced) {
    Speaker speaker = sourced.claim().speaker();
    if (speaker != null) {
      return speaker.actorId() != null
          ? "actor " + speaker.actorId()
          : "speaker " + speaker.name().toLowerCase(Locale.ROOT);
    }
    return sourced.source() != null
        ? "outlet " + sourced.source().toLowerCase(Locale.ROOT)
        : "article " + sourced.articleId();
  }

  /** The speaker in words, or "article's own voice". */
  static String who(ClaimRef ref) {
    return ref.speaker() == null ? "article's own voice" : ref.speaker();
  }

  /**
   * How far apart two dates ({@code YYYY[-MM[-DD]]}) lie, in words: "a year apart", "3 months
   * apart", "the same month"; day precision is ignored.
   */
  static String apart(String first, String second) {
    int months = Math.abs(months(second) - months(first));
    if (months == 0) {
      return "the same month";
    }
    if (months % 12 == 0) {
      return months == 12 ? "a year apart" : months / 12 + " years apart";
    }
    if (months < 24) {
      return months == 1 ? "a month apart" : months + " months apart";
    }
    return "about " + Math.round(months / 12.0) + " years apart";
  }

  private static int months(String date) {
    int year = Integer.parseInt(date.substring(0, 4));
    int month = date.length() >= 7 ? Integer.parseInt(date.substring(5, 7)) : 1;
    return year * 12 + month - 1;
  }
}
