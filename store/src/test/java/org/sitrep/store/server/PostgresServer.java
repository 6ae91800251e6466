package org.sitrep.store.server;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A real PostgreSQL server on 127.0.0.1 for the store's tests, shared by every test of one JVM.
 *
 * <p>The first call to {@link #jdbcUrl()} runs {@code scripts/test-postgres start}, which installs
 * PostgreSQL when it is missing (as root, from Debian's packages), starts a throwaway cluster and
 * prints its JDBC URL. A test that needs PostgreSQL and cannot get it fails with the script's error
 * output; it is never skipped. The server is stopped when the JVM exits, unless it was already
 * running before this JVM asked for it (then whoever started it stops it).
 *
 * <p>Design decision: the cluster lives in {@code ${TMPDIR:-/tmp}/sitrep-test-postgres-HASH}, where
 * HASH comes from the checkout's path, not in the script's default directory. Two checkouts
 * (worktrees) testing at the same time then get two servers on two ports, and {@link
 * #freshDatabase(String)} in one never drops a database that the other is using.
 */
public final class PostgresServer {

  private static final Pattern DATABASE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");
  private static final long SCRIPT_TIMEOUT_MINUTES = 15;

  private static String url;
  private static String failure;

  private PostgresServer() {}

  /**
   * The JDBC URL of database {@code sitrep_test} on the shared test server, starting the server on
   * the first call.
   *
   * @throws IllegalStateException when no server can be had, with the script's error output
   */
  public static synchronized String jdbcUrl() {
    if (url != null) {
      return url;
    }
    if (failure != null) {
      throw new IllegalStateException(failure);
    }
    Path root = repositoryRoot();
    Path script = root.resolve("scripts/test-postgres");
    String dir = clusterDirectory(root);
    ScriptRun running = ScriptRun.of(root, List.of(script.toString(), "url", dir));
    if (running.succeeded()) {
      url = running.stdout();
      return url;
    }
    url = start(root, script.toString(), dir);
    return url;
  }

  /**
   * Runs the script's start, and its stop when this JVM exits; records a failure for later calls.
   */
  private static String start(Path root, String script, String dir) {
    ScriptRun started = ScriptRun.of(root, List.of(script, "start", dir));
    System.err.print(started.stderr());
    if (!started.succeeded() || !started.stdout().startsWith("jdbc:postgresql://127.0.0.1:")) {
      failure =
          "scripts/test-postgres start "
              + dir
              + " failed (exit "
              + started.exitCode()
              + ", stdout '"
              + started.stdout()
              + "'); its error output:\n"
              + started.stderr();
      throw new IllegalStateException(failure);
    }
    Thread stop =
        new Thread(
            () -> System.err.print(ScriptRun.of(root, List.of(script, "stop", dir)).stderr()),
            "test-postgres-stop");
    Runtime.getRuntime().addShutdownHook(stop);
    return started.stdout();
  }

  /**
   * Drops the database {@code name} if it exists (closing its connections), creates it empty and
   * returns its JDBC URL, so that each test class works on data no other class sees.
   *
   * @param name a plain lower-case identifier, {@code [a-z][a-z0-9_]{0,62}}, not {@code postgres}
   *     or {@code sitrep_test}
   */
  public static synchronized String freshDatabase(String name) {
    if (!DATABASE_NAME.matcher(name).matches()
        || name.equals("postgres")
        || name.equals("sitrep_test")
        || name.startsWith("template")) {
      throw new IllegalArgumentException(
          "database name must match "
              + DATABASE_NAME.pattern()
              + " and not be postgres, sitrep_test or template*, got '"
              + name
              + "'");
    }
    try (Connection connection = DriverManager.getConnection(urlOf("postgres"));
        Statement statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot recreate database " + name + " on " + jdbcUrl() + ": " + e.getMessage(), e);
    }
    return urlOf(name);
  }

  /** The shared server's URL with the database part replaced by {@code database}. */
  private static String urlOf(String database) {
    URI uri = URI.create(jdbcUrl().substring("jdbc:".length()));
    return "jdbc:postgresql://"
        + uri.getHost()
        + ":"
        + uri.getPort()
        + "/"
        + database
        + "?"
        + uri.getQuery();
  }

  /** The nearest directory, from the working directory up, that holds scripts/test-postgres. */
  private static Path repositoryRoot() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isExecutable(dir.resolve("scripts/test-postgres"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no executable scripts/test-postgres in " + start + " or any directory above it");
  }

  private static String clusterDirectory(Path root) {
    String tmp = System.getenv("TMPDIR");
    String base = tmp == null || tmp.isEmpty() ? "/tmp" : tmp;
    return Path.of(base, "sitrep-test-postgres-" + shortHash(root.toString())).toString();
  }

  private static String shortHash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** One finished run of the script: exit code, stdout (stripped) and stderr. */
  private record ScriptRun(int exitCode, String stdout, String stderr) {

    boolean succeeded() {
      return exitCode == 0 && !stdout.isEmpty();
    }

    /**
     * Runs the command in {@code dir}. Both outputs go to files rather than pipes: nothing then
     * blocks on a full pipe, a server the script leaves running cannot hold a pipe open, and the
     * timeout holds even when the script hangs.
     */
    static ScriptRun of(Path dir, List<String> command) {
      Path output = null;
      Path errors = null;
      try {
        output = Files.createTempFile("test-postgres", ".stdout");
        errors = Files.createTempFile("test-postgres", ".stderr");
        Process process =
            new ProcessBuilder(command)
                .directory(dir.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                .redirectOutput(output.toFile())
                .redirectError(errors.toFile())
                .start();
        if (!process.waitFor(SCRIPT_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
          process.destroyForcibly();
          return new ScriptRun(
              -1,
              Files.readString(output).strip(),
              Files.readString(errors) + "timed out after " + SCRIPT_TIMEOUT_MINUTES + " minutes");
        }
        return new ScriptRun(
            process.exitValue(), Files.readString(output).strip(), Files.readString(errors));
      } catch (IOException e) {
        throw new IllegalStateException("cannot run " + String.join(" ", command), e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while running " + command, e);
      } finally {
        delete(output);
        delete(errors);
      }
    }

    private static void delete(Path file) {
      if (file == null) {
        return;
      }
      try {
        Files.deleteIfExists(file);
      } catch (IOException e) {
        throw new IllegalStateException("cannot delete " + file, e);
      }
    }
  }
}
