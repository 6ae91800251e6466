package org.sitrep.eval.isaf;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.sitrep.eval.TsvTable;

/**
 * Turns a province name as a gazetteer or a text writes it ("Paktia", "Sar-e Pol Province") into
 * the spelling the ISAF coding uses ("paktya", "sar-e pul"), from {@code province-names.tsv}.
 * Immutable and thread-safe.
 */
final class ProvinceNames {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Map<String, String> isafByKey;

  private ProvinceNames(Map<String, String> isafByKey) {
    this.isafByKey = Map.copyOf(isafByKey);
  }

  /** The table shipped with sitrep. */
  static ProvinceNames load() {
    Map<String, String> isafByKey = new HashMap<>();
    for (List<String> row : TsvTable.read(ProvinceNames.class, "province-names.tsv", 3)) {
      String key = key(row.get(0));
      String previous = isafByKey.put(key, row.get(1));
      if (previous != null) {
        throw new IllegalStateException("province-names.tsv lists " + key + " twice");
      }
    }
    return new ProvinceNames(isafByKey);
  }

  /**
   * The ISAF spelling of {@code name}; a name the table does not know is returned folded (lower
   * case, no accents, without "province"), so an unknown spelling shows up as itself in reports.
   */
  String isafName(String name) {
    String folded = fold(name);
    return isafByKey.getOrDefault(folded.replace('-', ' '), folded);
  }

  private static String key(String name) {
    return fold(name).replace('-', ' ');
  }

  private static String fold(String name) {
    String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
    String lower = SPACES.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    if (lower.startsWith("province of ")) {
      lower = lower.substring("province of ".length());
    }
    if (lower.endsWith(" province")) {
      lower = lower.substring(0, lower.length() - " province".length());
    }
    return lower.strip();
  }
}
