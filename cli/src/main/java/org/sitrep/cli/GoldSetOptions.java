package org.sitrep.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/**
 * The options every evaluation over a folder of paired gold files shares ({@code eval geoparse},
 * {@code eval tempeval}): the folder, how many items, how many threads, where details go.
 */
final class GoldSetOptions {
  /** What writes the details of one run. */
  interface Details {
    void writeTo(Writer writer) throws IOException;
  }

  /** One set's evaluation. */
  interface Run<R> {
    R evaluate() throws IOException;
  }

  @Parameters(
      paramLabel = "DIR",
      description = "The folder holding SET.input.jsonl and SET.gold.jsonl (under ../shared/data).")
  Path dir;

  @Option(
      names = "--limit",
      paramLabel = "N",
      description = "Read only the first N items of each set.")
  Integer limit;

  @Option(names = "--threads", description = "Worker threads (default: ${DEFAULT-VALUE}).")
  int threads = Math.max(1, Runtime.getRuntime().availableProcessors());

  @Option(
      names = "--details",
      paramLabel = "FILE",
      description = "Write every gold item and every spurious prediction as JSONL.")
  Path details;

  /**
   * Fails with a usage error on a bad number or a missing file.
   *
   * @param files the file names the chosen sets need inside {@link #dir}
   */
  void check(CommandSpec spec, List<String> files) {
    if (limit != null && limit < 1) {
      throw new ParameterException(spec.commandLine(), "--limit must be >= 1, got " + limit);
    }
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be >= 1, got " + threads);
    }
    for (String name : files) {
      if (!Files.isRegularFile(dir.resolve(name))) {
        throw new ParameterException(spec.commandLine(), "no gold file " + dir.resolve(name));
      }
    }
  }

  int limitOrAll() {
    return limit == null ? Integer.MAX_VALUE : limit;
  }

  /** Runs one set's evaluation and prints how long it took under its table. */
  static <R> R timed(String label, Run<R> run) throws IOException {
    long started = System.nanoTime();
    R result = run.evaluate();
    System.out.printf(Locale.ROOT, "(%s: %.1f s)%n%n", label, (System.nanoTime() - started) / 1e9);
    return result;
  }

  /** Writes the details of every run to {@code --details}, when given. */
  void writeDetails(List<Details> runs) throws IOException {
    if (details == null) {
      return;
    }
    try (BufferedWriter writer = Files.newBufferedWriter(details, StandardCharsets.UTF_8)) {
      for (Details run : runs) {
        run.writeTo(writer);
      }
    }
    System.out.println("details: " + details);
  }
}
