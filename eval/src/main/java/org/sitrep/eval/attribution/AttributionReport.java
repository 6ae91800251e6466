package org.sitrep.eval.attribution;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of one PolNeAR evaluation: the articles read and every system's run over them. The
 * figures are computed from these on demand.
 */
public record AttributionReport(List<PolnearDocument> documents, List<SystemRun> runs) {
  public AttributionReport {
    documents = List.copyOf(documents);
    runs = List.copyOf(runs);
  }

  /** The run of {@code system}, when it was evaluated. */
  public Optional<SystemRun> run(String system) {
    return runs.stream().filter(r -> r.system().equals(system)).findFirst();
  }

  public int goldAttributions() {
    return documents.stream().mapToInt(d -> d.gold().size()).sum();
  }

  /** Gold attributions the annotator left without content: they take no part in pair scores. */
  public int goldWithoutContent() {
    return (int)
        documents.stream().flatMap(d -> d.gold().stream()).filter(g -> g.content() == null).count();
  }

  public int spans() {
    return documents.stream().mapToInt(d -> d.annotations().spans()).sum();
  }

  /** Spans whose recorded text is not the slice their offsets point at. */
  public int mismatches() {
    return documents.stream().mapToInt(d -> d.annotations().mismatches()).sum();
  }

  /** Articles whose offsets were converted from code points to chars. */
  public int convertedArticles() {
    return (int) documents.stream().filter(d -> d.annotations().codePoints()).count();
  }

  /** Every problem met while reading the annotations. */
  public List<String> problems() {
    return documents.stream().flatMap(d -> d.annotations().problems().stream()).toList();
  }

  /** The articles with more than one annotator's file. */
  public List<PolnearDocument> multiplyAnnotated() {
    return documents.stream().filter(d -> d.annotators() > 1).toList();
  }

  /** The figures as a plain-text table ending in {@link #resultLine()}. */
  public String toTable() {
    return AttributionTable.of(this);
  }

  /** One grep-friendly line: {@code RESULT polnear pair-overlap-F1 sitrep=… corenlp=…}. */
  public String resultLine() {
    return AttributionTable.resultLine(this);
  }

  /** Writes every gold attribution and every spurious prediction as JSON Lines. */
  public void writeDetails(Path jsonl) throws IOException {
    try (BufferedWriter writer = Files.newBufferedWriter(jsonl, StandardCharsets.UTF_8)) {
      writeDetails(writer);
    }
  }

  /** Appends the detail lines to {@code writer} (see {@link AttributionDetails}). */
  public void writeDetails(Writer writer) throws IOException {
    AttributionDetails.write(this, writer);
  }
}
