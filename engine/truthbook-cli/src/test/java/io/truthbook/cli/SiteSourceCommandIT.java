package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `truthbook site-src` on the real jar: the refusal when the truth has errors, and the DRAFT it writes then. */
class SiteSourceCommandIT {
  @TempDir Path temp;

  @Test
  void aTruthWithErrorsIsRefusedUnlessDriftIsAllowedAndThenEveryPageSaysDraft() throws Exception {
    Path root = Jar.copyOfVelocity(temp.resolve("velocity"));
    Path chapter = root.resolve("chapters/00-start-here.adoc");
    Files.writeString(chapter, Files.readString(chapter).replace("truth:domain[crm]", "truth:domain[crmx]"));
    Path out = temp.resolve("out/site-source");

    Jar.Run refused = Jar.run(root, "site-src", "--out", out.toString());
    assertThat(refused.exit()).as(refused.all()).isEqualTo(1);
    assertThat(refused.out()).contains("chapters/00-start-here.adoc:", "crmx",
        "site source not written: the truth has errors");
    assertThat(out).doesNotExist();

    Jar.Run drafted = Jar.run(root, "site-src", "--out", out.toString(), "--allow-drift");
    assertThat(drafted.exit()).as(drafted.all()).isZero();
    // the counts follow the truth: one page per file written, one chapter per book.yaml entry
    long chapters = Files.readAllLines(root.resolve("manifests/book.yaml")).stream()
        .filter(l -> l.strip().startsWith("file: chapters/")).count();
    long written;
    try (var files = Files.list(out.resolve("asciidoc"))) {
      written = files.count();
    }
    assertThat(drafted.out()).startsWith("DRAFT site source: " + written + " pages (" + chapters + " chapters)");
    try (var pages = Files.list(out.resolve("asciidoc"))) {
      for (Path page : pages.toList()) {
        assertThat(Files.readString(page)).as("%s", page).startsWith("= DRAFT: ").contains("*DRAFT.*");
      }
    }
    assertThat(out.resolve("site.xml")).content().contains("truthbook-draft\">DRAFT</strong>",
        "Last verified at commit <code>uncommitted</code>");
    assertThat(out.resolve("resources/js/lunr.min.js")).content().startsWith("/**").contains("lunr");
    assertThat(out.resolve("resources/diagrams/topology.svg")).isRegularFile();
    assertThat(out.resolve("resources/search-index.json")).isRegularFile();

    Files.writeString(out.resolve("asciidoc/start-here.adoc"), "stale");
    Jar.Run again = Jar.run(root, "site-src", "--out", out.toString(), "--allow-drift");
    assertThat(again.exit()).as(again.all()).isZero();
    assertThat(out.resolve("asciidoc/start-here.adoc")).content().startsWith("= DRAFT: ");
  }

  @Test
  void aFolderOfTheUsersIsNeverReplaced() throws Exception {
    Path out = Files.createDirectories(temp.resolve("mine"));
    Files.writeString(out.resolve("notes.txt"), "keep me");
    Jar.Run run = Jar.run(Jar.ROOT, "site-src", "--out", out.toString());
    assertThat(run.exit()).as(run.all()).isEqualTo(2);
    assertThat(run.err()).contains("refusing to replace", ".truthbook-site");
    assertThat(out.resolve("notes.txt")).hasContent("keep me");
  }
}
