package org.sitrep.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sitrep} command line. Exit codes: 0 ok, 1 some input rejected or failed, 2 usage. */
@Command(
    name = "sitrep",
    mixinStandardHelpOptions = true,
    version = "sitrep 0.1.0",
    description = "Turns conflict and security news into evidence-backed event records.",
    subcommands = {
      ExtractCommand.class,
      BenchCommand.class,
      EvalCommand.class,
      GazetteerCommand.class,
      IngestCommand.class,
      EventsCommand.class,
      TimelineCommand.class,
      ActorCommand.class,
      ClaimsCommand.class,
      ContradictionsCommand.class,
      ArticleCommand.class,
      ExportCommand.class,
      LedgerBenchCommand.class,
      ServeCommand.class,
      LoadCommand.class
    })
public final class Main implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit code, for tests. */
  public static int run(String... args) {
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(
            (e, commandLine, parseResult) -> {
              if (e instanceof CommandFailure) {
                commandLine.getErr().println("sitrep: " + e.getMessage());
                commandLine.getErr().flush();
                return 1;
              }
              throw e;
            })
        .execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command: extract, bench, eval or gazetteer");
  }
}
