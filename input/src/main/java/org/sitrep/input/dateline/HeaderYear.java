package org.sitrep.input.dateline;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the year a dateline without one belongs to, in the header text before it. Stateless and
 * thread-safe.
 */
final class HeaderYear {
  // A press-release number such as "2010-12-S-310": year and month.
  private static final Pattern RELEASE_NUMBER =
      Pattern.compile("(?<![\\d-])((?:19|20)\\d{2})-(0[1-9]|1[0-2])-");
  private static final Pattern BARE_YEAR = Pattern.compile("(?<![\\d-])((?:19|20)\\d{2})(?!\\d)");

  /**
   * The year closest before the dateline in {@code header}, for a dateline in month {@code month}.
   */
  OptionalInt find(String header, int month) {
    OptionalInt release = releaseYear(header, month);
    if (release.isPresent()) {
      return release;
    }
    Matcher bare = BARE_YEAR.matcher(header);
    int year = -1;
    while (bare.find()) {
      year = Integer.parseInt(bare.group(1));
    }
    return year > 0 ? OptionalInt.of(year) : OptionalInt.empty();
  }

  /** The year of the last press-release number ("2010-12-S-310") in {@code text}. */
  OptionalInt releaseYear(String text, int month) {
    Matcher release = RELEASE_NUMBER.matcher(text);
    int year = -1;
    int releaseMonth = 0;
    while (release.find()) {
      year = Integer.parseInt(release.group(1));
      releaseMonth = Integer.parseInt(release.group(2));
    }
    return year > 0 ? OptionalInt.of(year + yearShift(releaseMonth, month)) : OptionalInt.empty();
  }

  // A release numbered in January about "Dec. 31" is about the year before; and the reverse.
  private static int yearShift(int releaseMonth, int datelineMonth) {
    if (releaseMonth == 1 && datelineMonth == 12) {
      return -1;
    }
    if (releaseMonth == 12 && datelineMonth == 1) {
      return 1;
    }
    return 0;
  }
}
