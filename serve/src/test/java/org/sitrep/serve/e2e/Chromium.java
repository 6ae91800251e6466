package org.sitrep.serve.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Chromium, driven through Debian's ChromeDriver, for one test class.
 *
 * <p>Design decision: the driver executable is given explicitly, from {@code scripts/test-chromium
 * path}, so Selenium Manager never goes looking for a browser or a driver on the network. The
 * script runs once per JVM (it installs the packages when they are missing and we are root).
 */
public final class Chromium implements AutoCloseable {
  private static final Duration SCRIPT_TIMEOUT = Duration.ofMinutes(20);
  private static Map<String, String> binaries;

  private final ChromeDriverService service;
  private final ChromeDriver driver;
  private final Path profile;

  private Chromium(ChromeDriverService service, ChromeDriver driver, Path profile) {
    this.service = service;
    this.driver = driver;
    this.profile = profile;
  }

  /** Starts a fresh headless browser with its own throwaway profile. */
  public static Chromium launch() throws IOException {
    Map<String, String> paths = binaries();
    Path profile = Files.createTempDirectory("sitrep-e2e-chromium-");
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(paths.get("CHROMEDRIVER")))
            .usingAnyFreePort()
            .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(paths.get("CHROMIUM"));
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--window-size=1400,1000",
        "--disable-gpu",
        "--user-data-dir=" + profile);
    LoggingPreferences logging = new LoggingPreferences();
    logging.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logging);
    ChromeDriver driver;
    try {
      driver = new ChromeDriver(service, options);
    } catch (RuntimeException e) {
      service.stop();
      deleteTree(profile);
      throw e;
    }
    return new Chromium(service, driver, profile);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Writes the visible page to {@code target/screenshots/NAME.png} and returns the file. */
  public Path screenshot(String name) throws IOException {
    Path folder = moduleDirectory().resolve("target/screenshots");
    Files.createDirectories(folder);
    Path file = folder.resolve(name + ".png");
    Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
    return file;
  }

  /**
   * The browser console's entries at level SEVERE (errors, uncaught exceptions, CSP violations,
   * failed loads) since the last call; Chromium hands each entry out once.
   */
  public List<String> consoleErrors() {
    return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
        .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
        .map(LogEntry::getMessage)
        .toList();
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      service.stop();
      deleteTree(profile);
    }
  }

  /** CHROMIUM and CHROMEDRIVER from {@code scripts/test-chromium path}, run once per JVM. */
  static synchronized Map<String, String> binaries() throws IOException {
    if (binaries == null) {
      binaries = runScript(repository().resolve("scripts/test-chromium"));
    }
    return binaries;
  }

  private static Map<String, String> runScript(Path script) throws IOException {
    Process process =
        new ProcessBuilder(script.toString(), "path")
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (!process.waitFor(SCRIPT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(script + " path did not finish in " + SCRIPT_TIMEOUT);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + script, e);
    }
    if (process.exitValue() != 0) {
      throw new IllegalStateException(
          script + " path exited with " + process.exitValue() + " (its messages are above)");
    }
    Map<String, String> paths = new HashMap<>();
    out.lines()
        .map(line -> line.split("=", 2))
        .filter(parts -> parts.length == 2)
        .forEach(parts -> paths.put(parts[0], parts[1]));
    if (!paths.containsKey("CHROMIUM") || !paths.containsKey("CHROMEDRIVER")) {
      throw new IllegalStateException(
          script + " path must print CHROMIUM=… and CHROMEDRIVER=… lines, printed: " + out);
    }
    return Map.copyOf(paths);
  }

  /** The serve module's folder: surefire runs tests there and names it in {@code basedir}. */
  static Path moduleDirectory() {
    return Path.of(System.getProperty("basedir", "")).toAbsolutePath();
  }

  /** The repository root: the first folder upward that holds scripts/test-chromium. */
  static Path repository() {
    for (Path dir = moduleDirectory(); dir != null; dir = dir.getParent()) {
      if (Files.isExecutable(dir.resolve("scripts/test-chromium"))) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "no scripts/test-chromium in " + moduleDirectory() + " or any folder above it");
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the browser profile " + root, e);
    }
  }
}
