package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.Truthbook;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.Chapter;
import io.truthbook.site.HeadlessChromium;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code truthbook serve} as a writer uses it, in headless Chromium: the real jar serves a copy of the
 * truth; a chapter edited on disk shows on the open page without anyone reloading it; a manifest broken
 * on disk shows its finding over the page at its file:line:col (a click copies the place); fixing it
 * clears the overlay. The time from save to the new text on the page is printed (the benchmark holds the
 * target); the waits here are generous so a loaded machine does not fail the test.
 */
class ServeBrowserIT {
  private static final Pattern SERVING = Pattern.compile("serving (http://127\\.0\\.0\\.1:\\d+/)");

  @TempDir Path temp;
  private Process serve;
  private final List<String> output = new ArrayList<>();

  @BeforeEach
  void noServerYet() {
    serve = null;
  }

  @AfterEach
  void stopServer() throws InterruptedException {
    if (serve != null) {
      serve.destroy();
      if (!serve.waitFor(10, TimeUnit.SECONDS)) {
        serve.destroyForcibly();
      }
    }
  }

  @Test
  void aChapterEditReloadsTheOpenPageAndAManifestErrorShowsOnItUntilFixed() throws Exception {
    Path root = Jar.copyOfVelocity(temp.resolve("truth"));
    String site = start(root);
    List<String> severe = new ArrayList<>();
    try (HeadlessChromium chromium = HeadlessChromium.start()) {
      ChromeDriver driver = chromium.driver();
      // the page reloads by itself: an element read while it does is gone, and the wait looks again
      WebDriverWait wait = new WebDriverWait(driver, HeadlessChromium.WAIT);
      wait.ignoring(StaleElementReferenceException.class);
      driver.get(site + "index.html");
      Chapter first = new Truthbook(root, LoadLimits.DEFAULTS).truth().chapters().get(0);
      Path chapterFile = root.resolve(first.file().id());
      String chapterTitle = first.title();
      driver.findElements(By.cssSelector("#leftColumn nav li a")).stream()
          .filter(a -> a.getText().equals(chapterTitle)).findFirst().orElseThrow().click();
      wait.until(d -> d.findElement(By.cssSelector("#leftColumn nav li.active")).getText().equals(chapterTitle));
      String page = driver.getCurrentUrl();

      String marker = "Preview marker " + System.nanoTime();
      long saved = System.nanoTime();
      Files.writeString(chapterFile, Files.readString(chapterFile) + "\n" + marker + ".\n");
      wait.until(d -> d.findElement(By.tagName("body")).getText().contains(marker));
      System.out.printf("serve: a chapter edit showed on the open page %d ms after the save%n",
          TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - saved));
      assertThat(driver.getCurrentUrl()).as("the same page, reloaded").isEqualTo(page);

      Path domains = root.resolve("manifests/domains.yaml");
      List<String> lines = Files.readAllLines(domains);
      int index = -1;
      for (int i = 0; i < lines.size() && index < 0; i++) {
        if (lines.get(i).contains("owner: sayan")) {
          index = i;
        }
      }
      assertThat(index).as("domains.yaml refers to sayan").isNotNegative();
      String place = "manifests/domains.yaml:" + (index + 1) + ":" + (lines.get(index).indexOf("sayan") + 1);
      List<String> broken = new ArrayList<>(lines);
      broken.set(index, lines.get(index).replace("sayan", "sayn"));
      Files.write(domains, broken);
      wait.until(d -> d.findElements(By.id("truthbook-findings")).stream()
          .anyMatch(e -> e.getText().contains(place) && e.getText().contains("[ref.unknown]")));
      WebElement overlay = driver.findElement(By.id("truthbook-findings"));
      assertThat(overlay.getText()).contains("owner 'sayn' is not defined").contains("1 error");
      WebElement copy = overlay.findElements(By.cssSelector("button.truthbook-place")).stream()
          .filter(b -> b.getText().equals(place)).findFirst().orElseThrow();
      copy.click();
      wait.until(d -> copy.getAttribute("data-copied") != null);
      assertThat(driver.getCurrentUrl()).isEqualTo(page);

      Files.write(domains, lines);
      wait.until(d -> d.findElements(By.id("truthbook-findings")).isEmpty());
      assertThat(driver.findElement(By.tagName("body")).getText()).contains(marker).doesNotContain("DRAFT");
      chromium.severeMessages(severe::add);
    }
    assertThat(severe).as("console errors").isEmpty();
    assertThat(String.join("\n", output)).contains("domains.yaml: 1 error(s)").doesNotContain("Exception");
  }

  /** Starts the real jar's {@code serve} on a free port; returns the address it prints. */
  private String start(Path root) throws Exception {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
        "-jar", Jar.JAR.toString(), "serve", "--root", root.toString(), "--port", "0");
    serve = new ProcessBuilder(command).redirectErrorStream(true).start();
    BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
    CompletableFuture<String> address = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try {
        String line;
        while ((line = lines.readLine()) != null) {
          synchronized (output) {
            output.add(line);
          }
          Matcher serving = SERVING.matcher(line);
          if (serving.find()) {
            address.complete(serving.group(1));
          }
        }
        address.completeExceptionally(new AssertionError("serve stopped before serving: " + output));
      } catch (IOException e) {
        address.completeExceptionally(e);
      }
    }, "serve-output");
    reader.setDaemon(true);
    reader.start();
    return address.get(120, TimeUnit.SECONDS);
  }
}
