package org.sitrep.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Streams a GeoNames "geoname" table dump: a .txt file (allCountries.txt, AF.txt, cities500.txt) or
 * a .zip as GeoNames distributes them (AF.zip holding AF.txt and readme.txt).
 *
 * <p>Design decision: every line is split and its column count checked, but only the lines whose
 * feature class and code are wanted become {@link GeoNamesRow}s; allCountries.txt has 12 million
 * lines, most of them streams, hills and buildings that the index never holds.
 */
final class GeoNamesDump {
  /** Lines between two progress notes. */
  static final long PROGRESS_EVERY = 1_000_000;

  private final Path file;

  GeoNamesDump(Path file) {
    this.file = file;
  }

  /** The rows whose feature class and code {@code wanted} accepts, in file order. */
  List<GeoNamesRow> read(
      BiPredicate<String, String> wanted, Predicate<String> keepName, Consumer<String> progress)
      throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString(), null, "no GeoNames dump file here");
    }
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
      try (ZipFile zip = new ZipFile(file.toFile(), StandardCharsets.UTF_8)) {
        ZipEntry entry = dumpEntry(zip);
        String where = file + "!" + entry.getName();
        try (BufferedReader in = utf8(zip.getInputStream(entry))) {
          return read(in, where, wanted, keepName, progress);
        }
      }
    }
    try (BufferedReader in = utf8(Files.newInputStream(file))) {
      return read(in, file.toString(), wanted, keepName, progress);
    }
  }

  private static List<GeoNamesRow> read(
      BufferedReader in,
      String where,
      BiPredicate<String, String> wanted,
      Predicate<String> keepName,
      Consumer<String> progress)
      throws IOException {
    List<GeoNamesRow> rows = new ArrayList<>();
    long started = System.nanoTime();
    long lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (lineNumber % PROGRESS_EVERY == 0) {
        progress.accept(readNote(lineNumber, rows.size(), started));
      }
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = GeoNamesRow.columns(line, where + ":" + lineNumber);
      if (wanted.test(cols[6], cols[7])) {
        rows.add(GeoNamesRow.parse(cols, keepName, where + ":" + lineNumber));
      }
    }
    progress.accept(readNote(lineNumber, rows.size(), started) + ", done");
    return rows;
  }

  private static String readNote(long lines, int kept, long started) {
    return String.format(
        Locale.ROOT,
        "read %,d lines, kept %,d rows (%d s)",
        lines,
        kept,
        (System.nanoTime() - started) / 1_000_000_000L);
  }

  /** The dump inside a GeoNames zip: NAME.txt in NAME.zip, else its only .txt but readme.txt. */
  private ZipEntry dumpEntry(ZipFile zip) throws GeoNamesFormatException {
    String zipName = file.getFileName().toString();
    String expected = zipName.substring(0, zipName.length() - ".zip".length()) + ".txt";
    List<ZipEntry> texts = new ArrayList<>();
    for (ZipEntry entry : Collections.list(zip.entries())) {
      String name = Path.of(entry.getName()).getFileName().toString();
      if (name.equalsIgnoreCase(expected)) {
        return entry;
      }
      if (name.toLowerCase(Locale.ROOT).endsWith(".txt") && !name.equalsIgnoreCase("readme.txt")) {
        texts.add(entry);
      }
    }
    if (texts.size() != 1) {
      throw new GeoNamesFormatException(
          file
              + ": a GeoNames zip needs "
              + expected
              + " or exactly one other .txt file besides readme.txt, found "
              + texts.stream().map(ZipEntry::getName).toList());
    }
    return texts.get(0);
  }

  /** A strict UTF-8 reader: a dump in another encoding fails instead of indexing mojibake. */
  private static BufferedReader utf8(InputStream in) {
    return new BufferedReader(
        new InputStreamReader(
            in,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)),
        1 << 16);
  }
}
