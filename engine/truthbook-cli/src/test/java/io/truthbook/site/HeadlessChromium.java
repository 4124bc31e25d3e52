package io.truthbook.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium, driven by its chromedriver, for the browser tests: a profile of its own,
 * every console message kept, nothing fetched from the network by Selenium Manager. A missing browser
 * fails the test: CI installs {@code chromium} and {@code chromium-driver}.
 */
public final class HeadlessChromium implements AutoCloseable {
  public static final Duration WAIT = Duration.ofSeconds(30);
  private static final String CHROMIUM = System.getProperty("truthbook.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER = System.getProperty("truthbook.chromedriver", "/usr/bin/chromedriver");

  private final ChromeDriver driver;
  private final Path profile;

  private HeadlessChromium(ChromeDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  public static HeadlessChromium start() throws IOException {
    assertThat(Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER)))
        .as("headless Chromium is needed: %s and %s must exist (apt-get install -y chromium chromium-driver)",
            CHROMIUM, CHROMEDRIVER)
        .isTrue();
    // Selenium Manager must never try to fetch a browser or a driver: both are given explicitly
    System.setProperty("webdriver.chrome.driver", CHROMEDRIVER);
    System.setProperty("SE_OFFLINE", "true");
    Path profile = Files.createTempDirectory("truthbook-chromium-");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--window-size=1400,1000", "--user-data-dir=" + profile);
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);
    ChromeDriver driver = new ChromeDriver(options);
    driver.manage().timeouts().pageLoadTimeout(WAIT);
    return new HeadlessChromium(driver, profile);
  }

  public ChromeDriver driver() {
    return driver;
  }

  /** Hands every SEVERE console message logged since the last call to {@code sink}, with the page it was on. */
  public void severeMessages(Consumer<String> sink) {
    List<LogEntry> entries = driver.manage().logs().get(LogType.BROWSER).getAll();
    for (LogEntry entry : entries) {
      if (entry.getLevel().intValue() >= Level.SEVERE.intValue()) {
        sink.accept(driver.getCurrentUrl() + ": " + entry.getMessage());
      }
    }
  }

  @Override
  public void close() throws IOException {
    driver.quit();
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
