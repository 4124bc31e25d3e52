package io.truthbook;

import static org.assertj.core.api.Assertions.assertThat;

import io.truthbook.fixtures.FixtureTree;
import io.truthbook.publish.preview.PreviewSnapshot;
import io.truthbook.render.site.SitePage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's loop on a copy of the engine's rich fixture: a chapter edit changes that chapter's page
 * alone, a manifest error is a finding of the next refresh, a save is seen by the watcher without being
 * told, and a refresh that cannot run keeps the last site and says why.
 */
class PreviewTest {
  private static final Path VELOCITY = Path.of(System.getProperty("truthbook.root", "src/test/velocity"));
  private static final String CHAPTER = "chapters/00-start-here.adoc";

  @TempDir Path temp;
  private Path root;
  private Preview preview;
  private final List<String> log = Collections.synchronizedList(new ArrayList<>());

  @BeforeEach
  void start() throws Exception {
    root = temp.resolve("truth");
    FixtureTree.copy(VELOCITY.resolve("manifests"), root.resolve("manifests"));
    FixtureTree.copy(VELOCITY.resolve("chapters"), root.resolve("chapters"));
    // no product to read: the copy is not a git repository
    Files.delete(root.resolve("manifests/sources.yaml"));
    preview = Preview.unwatched(root, Truthbook.Options.defaults(), loopback(), UnaryOperator.identity(), log::add);
  }

  private static InetSocketAddress loopback() {
    return new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
  }

  @AfterEach
  void stop() {
    preview.close();
  }

  @Test
  void aChapterEditChangesThatChaptersPageAndNoOther() throws Exception {
    PreviewSnapshot before = preview.snapshot();
    assertThat(before.pages()).extracting(SitePage::name).contains("index", "start-here");

    append(CHAPTER, "A sentence the preview must show.");
    Preview.Refresh refresh = preview.refresh(Set.of(CHAPTER));

    assertThat(refresh.pagesChanged()).containsExactly("start-here.html");
    assertThat(refresh.errors()).isZero();
    assertThat(page("start-here")).contains("A sentence the preview must show.");
    HttpResponse<String> served = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(preview.uri().resolve("start-here.html")).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(served.body()).as("the page as served, converted again").contains("A sentence the preview must show.");
    assertThat(log).last().asString().startsWith(CHAPTER + ": 0 error(s)").contains("1 page(s) changed");
  }

  @Test
  void aManifestErrorIsAFindingOfTheNextRefreshAndEveryPageIsADraft() throws Exception {
    Path domains = root.resolve("manifests/domains.yaml");
    String text = Files.readString(domains);
    Files.writeString(domains, text.replaceFirst("owner: sayan", "owner: sayn"));

    Preview.Refresh broken = preview.refresh(Set.of("manifests/domains.yaml"));

    assertThat(broken.errors()).isEqualTo(1);
    assertThat(preview.snapshot().findingsJson()).contains("\"rule\" : \"ref.unknown\"")
        .contains("\"file\" : \"manifests/domains.yaml\"");
    assertThat(broken.pagesChanged()).hasSize(preview.snapshot().pages().size());
    assertThat(page("start-here")).contains("DRAFT");

    Files.writeString(domains, text);
    Preview.Refresh fixed = preview.refresh(Set.of("manifests/domains.yaml"));
    assertThat(fixed.errors()).isZero();
    assertThat(page("start-here")).doesNotContain("DRAFT");
  }

  @Test
  void theWatcherSeesASaveWithoutBeingTold() throws Exception {
    preview.close();
    preview = Preview.start(root, Truthbook.Options.defaults(), loopback(), UnaryOperator.identity(), log::add);
    append(CHAPTER, "Saved from an editor.");
    long deadline = System.nanoTime() + 60_000_000_000L;
    // the refresh publishes the page, then logs its line
    while (!(page("start-here").contains("Saved from an editor.") && logged(CHAPTER + ": 0 error(s)"))
        && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    assertThat(page("start-here")).contains("Saved from an editor.");
    assertThat(log).anySatisfy(line -> assertThat(line).startsWith(CHAPTER + ": 0 error(s)"));
  }

  @Test
  void aRefreshThatCannotRunKeepsTheLastSiteAndSaysWhy() throws Exception {
    List<SitePage> pages = preview.snapshot().pages();
    FixtureTree.copy(root.resolve("manifests"), temp.resolve("kept"));
    try (var files = Files.list(root.resolve("manifests"))) {
      for (Path file : files.toList()) {
        Files.delete(file);
      }
    }
    Files.delete(root.resolve("manifests"));

    Preview.Refresh refresh = preview.refresh(Set.of("manifests"));

    assertThat(refresh.problem()).hasValueSatisfying(p -> assertThat(p).contains("no 'manifests' folder"));
    assertThat(preview.snapshot().pages()).isEqualTo(pages);
    assertThat(preview.snapshot().problem()).isEqualTo(refresh.problem());
    assertThat(log).last().asString().contains("cannot refresh").contains("the last site stays");
  }

  private boolean logged(String start) {
    synchronized (log) {
      return log.stream().anyMatch(line -> line.startsWith(start));
    }
  }

  private void append(String file, String sentence) throws Exception {
    Path chapter = root.resolve(file);
    Files.writeString(chapter, Files.readString(chapter) + "\n" + sentence + "\n");
  }

  private String page(String name) {
    return preview.snapshot().pages().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow().asciidoc();
  }
}
