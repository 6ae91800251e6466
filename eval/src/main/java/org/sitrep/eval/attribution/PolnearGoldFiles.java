package org.sitrep.eval.attribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sitrep.model.Article;

/**
 * Reads one PolNeAR compartment: {@code DIR/text/NAME.txt}, {@code DIR/attributions/NAME_XXXX.ann}
 * ({@code XXXX} an annotator id) and the publication dates in {@code DIR/../metadata.tsv} (the rows
 * whose {@code compartment} is the folder's name).
 *
 * <p>Design decision: an article annotated by several people (the agreement study) is scored
 * against the annotator file whose name sorts first, so each article counts once and the choice
 * does not depend on the file system's order.
 */
public final class PolnearGoldFiles {
  public static final String TEXT = "text";
  public static final String ATTRIBUTIONS = "attributions";
  public static final String METADATA = "metadata.tsv";

  private PolnearGoldFiles() {}

  /** The metadata file of the compartment in {@code dir}: one level up. */
  public static Path metadata(Path dir) {
    Path parent = dir.toAbsolutePath().normalize().getParent();
    return (parent == null ? dir : parent).resolve(METADATA);
  }

  /**
   * The first {@code limit} articles of {@code dir}, by name.
   *
   * @throws IllegalArgumentException when an annotation file has no text or the metadata is
   *     malformed
   */
  public static List<PolnearDocument> read(Path dir, int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be >= 1, got " + limit);
    }
    Map<String, LocalDate> dates = dates(metadata(dir), compartment(dir));
    Map<String, List<Path>> byArticle = annotationFiles(dir.resolve(ATTRIBUTIONS));
    List<PolnearDocument> documents = new ArrayList<>();
    for (Map.Entry<String, List<Path>> entry : byArticle.entrySet()) {
      if (documents.size() == limit) {
        break;
      }
      documents.add(document(dir, entry.getKey(), entry.getValue(), dates.get(entry.getKey())));
    }
    return List.copyOf(documents);
  }

  private static String compartment(Path dir) {
    Path name = dir.toAbsolutePath().normalize().getFileName();
    return name == null ? "" : name.toString();
  }

  /** Annotation files by article name, each list sorted by file name. */
  private static Map<String, List<Path>> annotationFiles(Path folder) throws IOException {
    Map<String, List<Path>> byArticle = new TreeMap<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.sorted().toList()) {
        String fileName = file.getFileName().toString();
        int cut = fileName.lastIndexOf('_');
        if (fileName.endsWith(".ann") && cut > 0) {
          byArticle.computeIfAbsent(fileName.substring(0, cut), k -> new ArrayList<>()).add(file);
        }
      }
    }
    return byArticle;
  }

  private static PolnearDocument document(
      Path dir, String name, List<Path> annotationFiles, LocalDate published) throws IOException {
    Path textFile = dir.resolve(TEXT).resolve(name + ".txt");
    if (!Files.isRegularFile(textFile)) {
      throw new IllegalArgumentException("no text " + textFile + " for " + annotationFiles.get(0));
    }
    String text = Files.readString(textFile, StandardCharsets.UTF_8);
    Path chosen = annotationFiles.get(0);
    String fileName = chosen.getFileName().toString();
    String annotator = fileName.substring(name.length() + 1, fileName.length() - ".ann".length());
    BratAnnotations annotations =
        BratReader.read(fileName, text, Files.readString(chosen, StandardCharsets.UTF_8));
    Article article = Article.fromMetadata(name, null, text, published, "polnear:" + textFile);
    return new PolnearDocument(name, annotator, annotationFiles.size(), article, annotations);
  }

  /** Publication dates by file name; empty when there is no metadata file. */
  static Map<String, LocalDate> dates(Path metadata, String compartment) throws IOException {
    Map<String, LocalDate> dates = new HashMap<>();
    if (!Files.isRegularFile(metadata)) {
      return dates;
    }
    List<String> lines = Files.readAllLines(metadata, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      throw new IllegalArgumentException(metadata + " is empty; it needs a header row");
    }
    List<String> header = List.of(lines.get(0).split("\t", -1));
    int compartmentColumn = column(metadata, header, "compartment");
    int fileColumn = column(metadata, header, "filename");
    int dateColumn = column(metadata, header, "publication_date");
    for (String line : lines.subList(1, lines.size())) {
      String[] row = line.split("\t", -1);
      if (row.length != header.size() || !row[compartmentColumn].equals(compartment)) {
        continue;
      }
      try {
        dates.put(row[fileColumn], LocalDate.parse(row[dateColumn]));
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(
            metadata + ": publication_date of " + row[fileColumn] + " is not a date", e);
      }
    }
    return dates;
  }

  private static int column(Path metadata, List<String> header, String name) {
    int column = header.indexOf(name);
    if (column < 0) {
      throw new IllegalArgumentException(metadata + " has no column " + name);
    }
    return column;
  }
}
