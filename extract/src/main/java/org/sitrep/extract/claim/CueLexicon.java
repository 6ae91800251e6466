package org.sitrep.extract.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The speech cues: a lemma ("say", "deny") or a multi-word cue ("according to") with the stance a
 * claim takes when it is the cue and the shapes its content may take. Immutable and thread-safe.
 */
public final class CueLexicon {
  private static final String RESOURCE = "cues.tsv";

  /** The shapes a cue's content may take. */
  public enum Content {
    /** A clause: "said that …", "…, he said". */
    CLAUSE,
    /** A question: "asked whether …". */
    QUESTION,
    /** An infinitive, with the object before it: "vowed to …", "urged X to …". */
    TO,
    /** The object noun phrase: "denied the report", "criticized the plan". */
    OBJECT
  }

  private static final Pattern PREPOSITION = Pattern.compile("[a-z]+");

  /** One row of the lexicon: the stance and the shapes the content may take. */
  private record Cue(String stance, Set<Content> shapes, Set<String> prepositions) {}

  private final Map<String, Cue> cues;

  private CueLexicon(Map<String, Cue> cues) {
    this.cues = Map.copyOf(cues);
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

  /** Reads {@code cue<TAB>stance<TAB>content<TAB>reason} lines; {@code #} starts a comment line. */
  static CueLexicon parse(BufferedReader reader) throws IOException {
    Map<String, Cue> cues = new HashMap<>();
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 4 || columns[0].isBlank() || columns[1].isBlank()) {
        throw new IllegalArgumentException(
            "cue lexicon line " + number + " needs cue, stance, content and reason: " + line);
      }
      if (cues.containsKey(key(columns[0]))) {
        throw new IllegalArgumentException(
            "cue lexicon line " + number + " repeats cue " + columns[0]);
      }
      Set<Content> shapes = EnumSet.noneOf(Content.class);
      Set<String> heads = new HashSet<>();
      for (String name : columns[2].strip().split("\\|")) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (Arrays.stream(Content.values()).anyMatch(c -> c.name().equals(upper))) {
          shapes.add(Content.valueOf(upper));
        } else if (PREPOSITION.matcher(name).matches()) {
          heads.add(name);
        } else {
          throw new IllegalArgumentException(
              "cue lexicon line "
                  + number
                  + ": content must be clause, question, to, object or a preposition, got "
                  + name);
        }
      }
      cues.put(key(columns[0]), new Cue(columns[1].strip(), Set.copyOf(shapes), Set.copyOf(heads)));
    }
    return new CueLexicon(cues);
  }

  /** The prepositions whose phrase is a cue's content ("called for …", "warned of …"). */
  public Set<String> prepositionsOf(String cue) {
    Cue entry = cues.get(key(cue));
    return entry == null ? Set.of() : entry.prepositions();
  }

  /** The shapes the content of a cue may take; empty when it is no cue. */
  public Set<Content> contentsOf(String cue) {
    Cue entry = cues.get(key(cue));
    return entry == null ? Set.of() : entry.shapes();
  }

  /** The stance of a cue, by lemma or by its multi-word form; empty when it is no cue. */
  public Optional<String> stanceOf(String cue) {
    return Optional.ofNullable(cues.get(key(cue))).map(Cue::stance);
  }

  /** Whether {@code cue} (a lemma or a multi-word cue) introduces speech. */
  public boolean isCue(String cue) {
    return cues.containsKey(key(cue));
  }

  private static String key(String cue) {
    return cue.strip().toLowerCase(Locale.ROOT);
  }
}
