package org.sitrep.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the public gold data and seeds are: ../shared beside the clone, never copied in. */
final class SharedData {
  private SharedData() {}

  static Path root() {
    String configured = System.getProperty("sitrep.shared");
    Path root = Path.of(configured == null ? "../../shared" : configured).normalize();
    if (!Files.isDirectory(root)) {
      throw new IllegalStateException(
          "shared data folder not found at "
              + root.toAbsolutePath()
              + "; tests read the seeds and gold sets from ../shared beside the repository");
    }
    return root;
  }

  static Path seeds() {
    return root().resolve("seeds/articles.jsonl");
  }

  /** The repository root (for docs/ and examples/). */
  static Path repository() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("examples")) ? here : here.getParent();
  }
}
