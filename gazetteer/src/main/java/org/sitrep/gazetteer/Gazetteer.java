package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.sitrep.model.PlaceFeature;

/**
 * A read-only gazetteer: countries, provinces (admin1), districts (admin2) and populated places,
 * found by normalized name (see {@link NameKey}), plus the demonyms of countries.
 *
 * <p>Immutable and thread-safe once loaded; load it once and pass it to the stages that need it.
 */
public final class Gazetteer {
  /** The classpath location of the index that the build writes. */
  public static final String DEFAULT_RESOURCE = "/org/sitrep/gazetteer/gazetteer.bin";

  private final List<GazetteerEntry> entries;
  private final Map<String, int[]> keys;
  private final Map<String, String> demonyms;
  private final Map<String, GazetteerEntry> countries = new HashMap<>();
  private final Map<String, GazetteerEntry> admin1s = new HashMap<>();

  Gazetteer(List<GazetteerEntry> entries, Map<String, int[]> keys, Map<String, String> demonyms) {
    this.entries = List.copyOf(entries);
    // Design decision: no copy of the key map. It holds about a million keys, is built by
    // IndexFile for this instance alone, and copying it would add a noticeable part of load time.
    this.keys = Collections.unmodifiableMap(keys);
    this.demonyms = Map.copyOf(demonyms);
    for (GazetteerEntry entry : this.entries) {
      if (entry.kind() == PlaceFeature.COUNTRY) {
        countries.putIfAbsent(entry.countryCode(), entry);
      } else if (entry.kind() == PlaceFeature.ADMIN1) {
        admin1s.putIfAbsent(entry.countryCode() + "." + entry.admin1Code(), entry);
      }
    }
  }

  /**
   * The gazetteer the build compiled into this jar.
   *
   * @throws IllegalStateException when the resource is missing (the build step that compiles it did
   *     not run) or unreadable
   */
  public static Gazetteer loadDefault() {
    try (InputStream in = Gazetteer.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "gazetteer index "
                + DEFAULT_RESOURCE
                + " is not on the classpath; build the gazetteer module with"
                + " './mvnw -pl gazetteer -am verify' (its process-classes step writes the index)");
      }
      return IndexFile.read(in, DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read gazetteer index " + DEFAULT_RESOURCE, e);
    }
  }

  /** A gazetteer index written by {@link GazetteerBuilder}. */
  public static Gazetteer load(Path index) throws IOException {
    try (InputStream in = Files.newInputStream(index)) {
      return IndexFile.read(in, index.toString());
    }
  }

  /**
   * Every entry whose name, alternate name, alias or curated spelling variant has the same {@link
   * NameKey} as {@code name}: countries first, then admin1, admin2 and populated places, each by
   * descending population. Empty when nothing matches.
   */
  public List<GazetteerEntry> lookup(String name) {
    int[] ids = keys.get(NameKey.of(Objects.requireNonNull(name, "name")));
    if (ids == null) {
      return List.of();
    }
    List<GazetteerEntry> found = new ArrayList<>(ids.length);
    for (int id : ids) {
      found.add(entries.get(id));
    }
    return Collections.unmodifiableList(found);
  }

  /** The country with this ISO 3166-1 alpha-2 code (any case). */
  public Optional<GazetteerEntry> country(String iso2) {
    return Optional.ofNullable(countries.get(iso2.toUpperCase(Locale.ROOT)));
  }

  /** The first-level division with this GeoNames admin1 code, e.g. ("AF", "34") for Kunar. */
  public Optional<GazetteerEntry> admin1(String countryCode, String admin1Code) {
    return Optional.ofNullable(
        admin1s.get(countryCode.toUpperCase(Locale.ROOT) + "." + admin1Code));
  }

  /** The ISO2 code of the country a demonym or adjective names ("Afghans" gives "AF"). */
  public Optional<String> countryOfDemonym(String word) {
    return Optional.ofNullable(demonyms.get(NameKey.of(word)));
  }

  /** The entry at {@code index} (see {@link GazetteerEntry#index()}). */
  public GazetteerEntry entry(int index) {
    return entries.get(index);
  }

  /** How many entries the gazetteer holds. */
  public int size() {
    return entries.size();
  }

  /** How many distinct name keys the gazetteer holds. */
  public int keyCount() {
    return keys.size();
  }
}
