package org.sitrep.store;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A running {@link IngestChild} process, read line by line. */
final class ChildIngest implements AutoCloseable {
  private final Process process;
  private final BufferedReader output;
  private final Path errors;

  private ChildIngest(Process process, Path errors) {
    this.process = process;
    this.output =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    this.errors = errors;
  }

  /** Starts a JVM ingesting generated articles {@code [from, to)} into {@code location}. */
  static ChildIngest start(String location, int from, int to) throws IOException {
    Path errors = Files.createTempFile("ingest-child", ".stderr");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process =
        new ProcessBuilder(
                List.of(
                    java,
                    "-Xmx256m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    IngestChild.class.getName(),
                    location,
                    Integer.toString(from),
                    Integer.toString(to)))
            .redirectError(errors.toFile())
            .start();
    return new ChildIngest(process, errors);
  }

  /** The next line the child printed, or null when it has ended. */
  String nextLine() throws IOException {
    return output.readLine();
  }

  /** Reads lines until one of {@code count} commits; fails if the child ends before. */
  void awaitCommits(int count) throws IOException {
    int committed = 0;
    while (committed < count) {
      String line = nextLine();
      if (line == null) {
        throw new IllegalStateException(
            "ingest child ended after " + committed + " commits: " + errors());
      }
      if (line.startsWith("committed ")) {
        committed++;
      }
    }
  }

  /** SIGKILL on Linux: no shutdown hook, no rollback, no close. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("ingest child did not die within 30 s");
    }
  }

  boolean alive() {
    return process.isAlive();
  }

  /** Waits for the child to end by itself and returns its exit code. */
  int await() throws InterruptedException, IOException {
    while (nextLine() != null) {
      // drain: a child blocked on a full pipe would never end
    }
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      throw new IllegalStateException("ingest child did not finish within 120 s");
    }
    return process.exitValue();
  }

  String errors() {
    try {
      return Files.readString(errors);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws IOException {
    if (process.isAlive()) {
      process.destroyForcibly();
    }
    output.close();
    Files.deleteIfExists(errors);
  }
}
