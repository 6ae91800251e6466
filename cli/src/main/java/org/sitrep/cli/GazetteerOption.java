package org.sitrep.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.sitrep.extract.ArticleExtractor;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The {@code --gazetteer FILE} option that {@code extract}, {@code bench} and {@code eval isaf}
 * share (a picocli mixin), with the environment variable {@value #ENVIRONMENT} as its fallback.
 */
final class GazetteerOption {
  /** The environment variable naming a gazetteer index when the option is not given. */
  static final String ENVIRONMENT = "SITREP_GAZETTEER";

  @Option(
      names = "--gazetteer",
      paramLabel = "FILE",
      description =
          "Gazetteer index written by 'sitrep gazetteer build' (default: $"
              + ENVIRONMENT
              + " when set, else the built-in index of places of 500 people or more).")
  Path file;

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  /** The index file chosen by the option, else by the environment; empty for the built-in one. */
  Optional<Path> chosen() {
    if (file != null) {
      return Optional.of(file);
    }
    String fromEnvironment = System.getenv(ENVIRONMENT);
    return fromEnvironment == null || fromEnvironment.isBlank()
        ? Optional.empty()
        : Optional.of(Path.of(fromEnvironment));
  }

  /**
   * The extractor over the chosen gazetteer.
   *
   * @throws ParameterException (exit 2) when the chosen file does not exist
   * @throws CommandFailure (exit 1) when it exists but is not a readable index
   */
  ArticleExtractor extractor() {
    Optional<Path> chosen = chosen();
    if (chosen.isPresent() && !Files.isRegularFile(chosen.get())) {
      String from = file != null ? "--gazetteer" : "$" + ENVIRONMENT;
      throw new ParameterException(
          spec.commandLine(), from + ": no gazetteer index file at " + chosen.get());
    }
    try {
      return Application.extractor(chosen);
    } catch (IOException e) {
      throw new CommandFailure(
          "cannot read gazetteer index " + chosen.orElseThrow() + ": " + e.getMessage(), e);
    }
  }
}
