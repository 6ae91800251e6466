package org.sitrep.input;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Supplier;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.sitrep.model.InputRecord;

/**
 * Reads articles from files, folders and standard input: the input side of {@code sitrep extract}.
 *
 * <p>Inputs are paths or {@code -} for standard input. A folder is read recursively, its files
 * sorted by path; only .txt, .html, .htm and .jsonl files are read, the rest are listed in {@link
 * InputPlan#skipped()}. A file named directly with another extension is sniffed: JSONL when it
 * starts with {, HTML when it starts with <, else plain text. Standard input is JSONL when it
 * starts with {, else plain text.
 *
 * <p>Every input record yields exactly one {@link InputRecord}: {@code Accepted} with the article,
 * or {@code Rejected} with the reason; one bad record never stops the rest. Records are read
 * lazily, so a large JSONL file is never held in memory.
 *
 * <p>Thread-safe: the reader holds no state between calls. Each stream it returns is single-use and
 * must be closed (try-with-resources) to release the file it has open.
 */
public final class ArticleReader {
  private final ReaderParts parts;
  private final Supplier<InputStream> stdin;

  /** A reader whose {@code -} input is {@code System.in}. */
  public ArticleReader(ReaderOptions options) {
    this(options, () -> System.in);
  }

  /** A reader whose {@code -} input comes from {@code stdin} (for tests and embedding). */
  public ArticleReader(ReaderOptions options, Supplier<InputStream> stdin) {
    this.parts = ReaderParts.of(Objects.requireNonNull(options, "options"));
    this.stdin = Objects.requireNonNull(stdin, "stdin");
  }

  /** Expands folders and names each input's format; missing inputs become unreadable ones. */
  public InputPlan plan(List<String> inputs) {
    List<PlannedInput> planned = new ArrayList<>();
    List<Path> skipped = new ArrayList<>();
    for (String name : inputs) {
      if (name.equals("-")) {
        planned.add(new PlannedInput("stdin", null, InputFormat.STDIN, null));
        continue;
      }
      Path path = Path.of(name);
      if (Files.isDirectory(path)) {
        FolderWalk.walk(path, planned, skipped);
      } else if (!Files.exists(path)) {
        planned.add(
            new PlannedInput(
                name,
                path,
                InputFormat.SNIFFED,
                "cannot read " + name + ": no such file or folder"));
      } else {
        Optional<InputFormat> format = InputFormat.byExtension(path);
        planned.add(new PlannedInput(name, path, format.orElse(InputFormat.SNIFFED), null));
      }
    }
    return new InputPlan(planned, skipped);
  }

  /** The records of {@code inputs}, lazily; close the stream when done. */
  public Stream<InputRecord> read(List<String> inputs) {
    return read(plan(inputs));
  }

  /** The records of a plan, lazily; close the stream when done. */
  public Stream<InputRecord> read(InputPlan plan) {
    RecordChain chain = new RecordChain(plan, parts, stdin);
    return StreamSupport.stream(
            Spliterators.spliteratorUnknownSize(chain, Spliterator.ORDERED | Spliterator.NONNULL),
            false)
        .onClose(chain::close);
  }

  /**
   * The record that line {@code number} (from 1) of a .jsonl file yields, by the same rules as
   * {@link #read(List)}: for callers that split JSONL into lines themselves, such as a Spark job
   * reading from a distributed file system. The record is named as {@link #read(List)} names it:
   * origin {@code fileOrigin:number}, and, when the line has no usable {@code id}, id {@code
   * fileName:number}.
   *
   * <p>Design decision: this is one line's rules only. The caller skips blank lines and rejects a
   * file with no records itself; the per-line limit on bytes is left to the text's {@code maxChars}
   * check, since the caller already holds the line in memory.
   *
   * @param utf8 the line's bytes without its line break (a trailing {@code \r} is dropped)
   * @param offset the line's byte offset in its file, for messages
   * @param fileOrigin the file as named in origins, as {@link PlannedInput#origin()}
   * @param fileName the file's name, as {@link PlannedInput#fileName()}
   * @param number the line's number in its file, from 1
   */
  public InputRecord readJsonLine(
      byte[] utf8, long offset, String fileOrigin, String fileName, long number) {
    Objects.requireNonNull(utf8, "utf8");
    if (number < 1) {
      throw new IllegalArgumentException("line numbers start at 1, got " + number);
    }
    int length = utf8.length;
    if (length > 0 && utf8[length - 1] == '\r') {
      length--;
    }
    return JsonlRecords.line(
        parts, utf8, length, offset, number, fileOrigin + ":" + number, fileName + ":" + number);
  }

  /**
   * How many records {@link #read(List)} will yield, for progress; see {@link
   * #countRecords(InputPlan)}.
   */
  public long countRecords(List<String> inputs) {
    return countRecords(plan(inputs));
  }

  /**
   * How many records reading {@code plan} will yield, cheaply: a .txt or .html file counts 1, a
   * JSONL file its non-blank lines (at least 1). Standard input cannot be counted without consuming
   * it, so it counts 0; the count is then a lower bound.
   */
  public long countRecords(InputPlan plan) {
    long count = 0;
    for (PlannedInput input : plan.inputs()) {
      count += count(input);
    }
    return count;
  }

  private static long count(PlannedInput input) {
    if (input.format() == InputFormat.STDIN) {
      return 0;
    }
    if (input.problem() != null
        || input.format() == InputFormat.TEXT
        || input.format() == InputFormat.HTML) {
      return 1;
    }
    try {
      return RecordCounter.count(input.path(), input.format() == InputFormat.SNIFFED);
    } catch (IOException e) {
      // Reading will reject this input as one UNREADABLE record.
      return 1;
    }
  }
}
