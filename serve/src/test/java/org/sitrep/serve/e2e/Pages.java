package org.sitrep.serve.e2e;

import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app's test hooks (UI-CONTRACT.md): pages by {@code data-testid}, each with a {@code
 * data-state} of loading, ready or error.
 */
final class Pages {
  /** How long a page may take to become ready: generous, for a loaded CI machine. */
  static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

  private Pages() {}

  /** The CSS selector of the element with {@code data-testid=ID}. */
  static String testId(String id) {
    return "[data-testid='" + id + "']";
  }

  static By byTestId(String id) {
    return By.cssSelector(testId(id));
  }

  /**
   * Waits until the page {@code name} (its container is {@code NAME-page}) says ready, and returns
   * its container; fails at once, with the page's text, when it says error.
   */
  static WebElement ready(WebDriver driver, String name) {
    String container = testId(name + "-page");
    WebDriverWait wait = new WebDriverWait(driver, READY_TIMEOUT, Duration.ofMillis(50));
    String state;
    try {
      state =
          wait.until(
              d -> {
                List<WebElement> found = d.findElements(By.cssSelector(container));
                if (found.isEmpty()) {
                  return null;
                }
                String s = found.get(0).getDomAttribute("data-state");
                return "ready".equals(s) || "error".equals(s) ? s : null;
              });
    } catch (TimeoutException e) {
      throw new AssertionError(
          "the page "
              + container
              + " did not reach data-state=ready within "
              + READY_TIMEOUT
              + " at "
              + driver.getCurrentUrl()
              + "; body starts: "
              + bodyStart(driver),
          e);
    }
    if (state.equals("error")) {
      throw new AssertionError(
          "the page "
              + container
              + " says data-state=error at "
              + driver.getCurrentUrl()
              + "; body starts: "
              + bodyStart(driver));
    }
    return driver.findElement(By.cssSelector(container));
  }

  /**
   * Waits until the router has replaced {@code previous} (the page on screen before a form sent the
   * browser to a new hash), then until the new page {@code name} is ready.
   */
  static WebElement next(WebDriver driver, String name, WebElement previous) {
    new WebDriverWait(driver, READY_TIMEOUT).until(ExpectedConditions.stalenessOf(previous));
    return ready(driver, name);
  }

  /** Goes to {@code hash} (say {@code #/events}) under {@code base} and waits for the page. */
  static WebElement open(WebDriver driver, String base, String hash, String name) {
    // A new hash on the page already shown would only fire hashchange, and the old page, still
    // ready, could pass for the new one: a full load from a blank page leaves no doubt.
    driver.get("about:blank");
    driver.get(base + "/" + hash);
    return ready(driver, name);
  }

  /** The first 600 characters of the page's visible text, for failure messages. */
  static String bodyStart(WebDriver driver) {
    Object text =
        ((JavascriptExecutor) driver)
            .executeScript(
                "return document.body ? document.body.innerText.slice(0, 600) : '(no body)';");
    return String.valueOf(text);
  }
}
