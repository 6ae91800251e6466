package org.sitrep.extract.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The speech cues: a lemma ("say", "deny") or a multi-word cue ("according to") with the stance a
 * claim takes when it is the cue. Immutable and thread-safe.
 */
public final class CueLexicon {
  private static final String RESOURCE = "cues.tsv";

  private final Map<String, String> stances;

  private CueLexicon(Map<String, String> stances) {
    this.stances = Map.copyOf(stances);
  }

  /** The lexicon shipped with sitrep ({@code org/sitrep/extract/claim/cues.tsv}). */
  public static CueLexicon bundled() {
    try (InputStream in = CueLexicon.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " next to CueLexicon");
      }
      return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Reads {@code cue<TAB>stance<TAB>reason} lines; {@code #} starts a comment line. */
  static CueLexicon parse(BufferedReader reader) throws IOException {
    Map<String, String> stances = new HashMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 3 || columns[0].isBlank() || columns[1].isBlank()) {
        throw new IllegalArgumentException(
            "cue lexicon line " + number + " needs cue, stance and reason: " + line);
      }
      if (stances.put(key(columns[0]), columns[1].strip()) != null) {
        throw new IllegalArgumentException(
            "cue lexicon line " + number + " repeats cue " + columns[0]);
      }
    }
    return new CueLexicon(stances);
  }

  /** The stance of a cue, by lemma or by its multi-word form; empty when it is no cue. */
  public Optional<String> stanceOf(String cue) {
    return Optional.ofNullable(stances.get(key(cue)));
  }

  /** Whether {@code cue} (a lemma or a multi-word cue) introduces speech. */
  public boolean isCue(String cue) {
    return stances.containsKey(key(cue));
  }

  private static String key(String cue) {
    return cue.strip().toLowerCase(Locale.ROOT);
  }
}
