package org.sitrep.atlas;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The offline map outlines, read from the classpath resources the build writes under {@code
 * org/sitrep/atlas/}: {@code world.json} (country outlines, TopoJSON, geometry {@code id} = ISO
 * alpha-3, properties {@code name} and {@code iso2}), {@code provinces/<ISO2>.json} (first-level
 * divisions of one country, TopoJSON, {@code id} = HASC code such as "AF.KR", properties {@code
 * name} and {@code iso2}) and {@code index.json} (the {@link Country} list).
 *
 * <p>Thread-safe: the index is read once in {@link #load()}; each file's bytes are read on first
 * use and cached. Callers get their own copy of the bytes, so they may not change the cache.
 */
public final class Atlas {
  private static final String ROOT = "/org/sitrep/atlas/";
  private static final Pattern ISO2 = Pattern.compile("[A-Za-z]{2}");

  private final List<Country> countries;
  private final Map<String, Country> byIso2;
  private final Function<String, byte[]> resources;
  private final Map<String, byte[]> cache = new ConcurrentHashMap<>();

  private Atlas(List<Country> countries, Function<String, byte[]> resources) {
    this.countries = List.copyOf(countries);
    this.byIso2 =
        this.countries.stream().collect(Collectors.toUnmodifiableMap(Country::iso2, c -> c));
    this.resources = resources;
  }

  /**
   * Reads the index from the classpath.
   *
   * @throws IllegalStateException when {@code index.json} is missing (the module was built without
   *     its data) or is not a list of countries
   */
  public static Atlas load() {
    byte[] index = readResource("index.json");
    if (index == null) {
      throw new IllegalStateException(
          "classpath resource " + ROOT + "index.json is missing; the atlas build writes it");
    }
    List<Country> countries;
    try {
      countries = new ObjectMapper().readValue(index, new TypeReference<List<Country>>() {});
    } catch (IOException | IllegalArgumentException e) {
      throw new IllegalStateException(ROOT + "index.json is not a list of countries", e);
    }
    return new Atlas(countries, Atlas::readResource);
  }

  /** The world's country outlines (TopoJSON, UTF-8), or empty if the resource is missing. */
  public Optional<byte[]> world() {
    return cached("world.json");
  }

  /**
   * The province outlines of one country (TopoJSON, UTF-8).
   *
   * @param iso2 an ISO alpha-2 code in either case ("AF", "af"); may be any user input
   * @return empty unless {@code iso2} is exactly two ASCII letters naming a country with provinces
   */
  public Optional<byte[]> provinces(String iso2) {
    return country(iso2)
        .filter(country -> country.provinces() > 0)
        .flatMap(country -> cached("provinces/" + country.iso2() + ".json"));
  }

  /** The country with this ISO alpha-2 code (either case), if the atlas knows it. */
  public Optional<Country> country(String iso2) {
    if (iso2 == null || !ISO2.matcher(iso2).matches()) {
      return Optional.empty();
    }
    return Optional.ofNullable(byIso2.get(iso2.toUpperCase(Locale.ROOT)));
  }

  /** Every country in the index, ordered by ISO alpha-2 code. */
  public List<Country> countries() {
    return countries;
  }

  private Optional<byte[]> cached(String name) {
    // A missing resource is not cached (computeIfAbsent stores nothing for null), and is rare.
    return Optional.ofNullable(cache.computeIfAbsent(name, resources)).map(byte[]::clone);
  }

  private static byte[] readResource(String name) {
    try (InputStream in = Atlas.class.getResourceAsStream(ROOT + name)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read classpath resource " + ROOT + name, e);
    }
  }
}
