package io.truthbook.publish.site;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SitePublisherTest {
  private static final LocalDate COMMIT_DATE = LocalDate.of(2026, 4, 20);

  @TempDir Path temp;

  private Path rendered(String name, String clock) throws IOException {
    Path folder = Files.createDirectories(temp.resolve(name));
    Files.writeString(folder.resolve("index.html"), "<html><head><meta name=\"date\" content=\"" + clock
        + "\" /></head><body>home</body></html>");
    Files.createDirectories(folder.resolve("css"));
    Files.writeString(folder.resolve("css/site.css"), "body{}");
    return folder;
  }

  @Test
  void twoRendersAtDifferentTimesPublishTheSameBytes() throws IOException {
    Path site = temp.resolve("site");
    SitePublisher.publish(rendered("one", "2026-11-26 02:18:02 UTC"), site, COMMIT_DATE);
    byte[] first = Files.readAllBytes(site.resolve("index.html"));
    SitePublisher.publish(rendered("two", "2026-11-27 09:00:41 UTC"), site, COMMIT_DATE);

    assertThat(Files.readAllBytes(site.resolve("index.html"))).isEqualTo(first);
    assertThat(Files.readString(site.resolve("index.html"))).contains("content=\"2026-04-20\"")
        .doesNotContain("UTC");
    assertThat(temp.resolve("one")).doesNotExist();
    assertThat(temp.resolve("two")).doesNotExist();
  }

  @Test
  void aFolderThatIsNotASiteIsNeverReplacedAndARenderThatIsNotASiteIsNotPublished() throws IOException {
    Path mine = Files.createDirectories(temp.resolve("mine"));
    Files.writeString(mine.resolve("notes.txt"), "mine");
    assertThatThrownBy(() -> SitePublisher.publish(rendered("r", "x"), mine, COMMIT_DATE))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("refusing to replace");
    assertThat(mine.resolve("notes.txt")).hasContent("mine");

    Path site = temp.resolve("site");
    SitePublisher.publish(rendered("good", "x"), site, COMMIT_DATE);
    Path empty = Files.createDirectories(temp.resolve("half"));
    assertThatThrownBy(() -> SitePublisher.publish(empty, site, COMMIT_DATE))
        .isInstanceOf(UncheckedIOException.class).hasMessageContaining("no index.html");
    try (Stream<Path> files = Files.list(site)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("css", "index.html");
    }
  }
}
