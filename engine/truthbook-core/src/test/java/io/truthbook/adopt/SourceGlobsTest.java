package io.truthbook.adopt;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** Globs reach the folders where evidence was found and below, and never select a file the extractor would not read. */
class SourceGlobsTest {
  private static final Predicate<String> SQL = f -> f.endsWith(".sql");
  private static final Predicate<String> COMPOSE = f -> f.substring(f.lastIndexOf('/') + 1).startsWith("docker-compose");
  private static final Predicate<String> CODEOWNERS = f -> List.of("CODEOWNERS", ".github/CODEOWNERS").contains(f);

  @Test
  void theTopmostFoldersByExtension() {
    List<String> files = List.of("db/migrations/V1.sql", "db/migrations/old/V0.sql", "db/seed/x.sql", "README.md");
    assertThat(SourceGlobs.narrowed(List.of("db/migrations/V1.sql", "db/migrations/old/V0.sql"), files, SQL))
        .containsExactly("db/migrations/**/*.sql");
    assertThat(SourceGlobs.narrowed(List.of("V1.sql", "db/x.sql"), files, SQL)).containsExactly("**/*.sql");
  }

  @Test
  void foldersBesideEachOtherGiveTheirParentButNeverTheRoot() {
    List<String> files = List.of("svc/a/r.py", "svc/b/r.py", "svc/c/deep/r.py", "tools/x.py", "README.md");
    Predicate<String> python = f -> f.endsWith(".py");
    assertThat(SourceGlobs.narrowed(List.of("svc/a/r.py", "svc/b/r.py", "svc/c/deep/r.py", "tools/x.py"), files,
        python)).containsExactly("svc/**/*.py", "tools/**/*.py");
  }

  @Test
  void byNameWhenTheExtractorReadsFilesByName() {
    List<String> files = List.of("docker-compose.yml", "mkdocs.yml", "deploy/docker-compose.override.yml");
    assertThat(SourceGlobs.narrowed(List.of("docker-compose.yml"), files, COMPOSE))
        .containsExactly("**/docker-compose.yml");
    assertThat(SourceGlobs.narrowed(List.of("CODEOWNERS"), List.of("CODEOWNERS", "app/x"), CODEOWNERS))
        .containsExactly("CODEOWNERS");
  }

  @Test
  void theFileItselfWhenAWiderGlobWouldSelectWhatTheExtractorDoesNotRead() {
    Predicate<String> onlyThisOne = f -> f.equals("deploy/app.conf") || f.startsWith("truthbook-init-probe")
        || f.endsWith("truthbook-init-probe.conf");
    assertThat(SourceGlobs.narrowed(List.of("deploy/app.conf"), List.of("deploy/app.conf", "deploy/other.conf",
        "deploy/x/app.conf"), onlyThisOne)).containsExactly("deploy/app.conf");
  }
}
