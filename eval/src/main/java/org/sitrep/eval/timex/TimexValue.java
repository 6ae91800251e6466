package org.sitrep.eval.timex;

import java.util.Locale;

/**
 * How values are compared: exact strings after a trivial normalization.
 *
 * <p>Design decision: only surrounding white space is trimmed and letters are upper-cased (TIMEX3
 * values are upper case: "1998-01-14TEV", "PRESENT_REF"). Nothing else is equated: "1998-W02" is
 * not "1998-01-05", "P1D" is not "PT24H", as in the official TempEval-3 scorer, which compares the
 * value attributes as strings. A missing value (null or blank) is never correct.
 */
final class TimexValue {
  private TimexValue() {}

  static String normalize(String value) {
    return value == null || value.isBlank() ? null : value.strip().toUpperCase(Locale.ROOT);
  }

  /** Whether the system's value counts as the gold one. */
  static boolean same(String gold, String system) {
    String g = normalize(gold);
    return g != null && g.equals(normalize(system));
  }
}
