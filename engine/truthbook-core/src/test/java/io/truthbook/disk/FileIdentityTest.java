package io.truthbook.disk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's stat name stands for its bytes: new bytes get a new name, and a file just written gets none. */
class FileIdentityTest {
  @TempDir
  Path folder;

  /** A moment long enough after now that every file written so far has settled. */
  private static Instant later() {
    return Instant.now().plus(FileIdentity.SETTLED).plusSeconds(1);
  }

  @Test
  void aSettledFileHasOneNameUntilItChanges() throws IOException {
    Path file = Files.writeString(folder.resolve("a.yaml"), "kind: risks\n");
    Optional<String> name = FileIdentity.of(file, later());
    assertThat(name).isPresent();
    assertThat(FileIdentity.of(file, later())).isEqualTo(name);
    Files.writeString(file, "kind: risks\nrisks: []\n");
    assertThat(FileIdentity.of(file, later())).isPresent().isNotEqualTo(name);
  }

  @Test
  void aFileJustWrittenHasNoName() throws IOException {
    Path file = Files.writeString(folder.resolve("a.yaml"), "kind: risks\n");
    assertThat(FileIdentity.of(file)).isEmpty();
    assertThat(FileIdentity.of(file, Instant.now())).isEmpty();
  }

  @Test
  void newBytesOfTheSameSizeUnderTheOldModificationTimeGetANewName() throws IOException, InterruptedException {
    Path file = Files.writeString(folder.resolve("a.yaml"), "owner: alice\n");
    FileTime old = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
    Files.setLastModifiedTime(file, old);
    Optional<String> name = FileIdentity.of(file, later());
    assertThat(name).isPresent();
    // past a tick of the change-time clock of the file systems tests run on (nanoseconds, or seconds at worst),
    // then the same size, the old time put back (cp -p, rsync -t)
    Thread.sleep(1100);
    Files.writeString(file, "owner: alica\n");
    Files.setLastModifiedTime(file, old);
    assertThat(Files.getLastModifiedTime(file)).isEqualTo(old);
    assertThat(FileIdentity.of(file, later())).isPresent().isNotEqualTo(name);
  }

  @Test
  void aFileReplacedByAnEditorsRenameGetsANewName() throws IOException {
    Path file = Files.writeString(folder.resolve("a.yaml"), "owner: alice\n");
    Optional<String> name = FileIdentity.of(file, later());
    assertThat(name).isPresent();
    Path saved = Files.writeString(folder.resolve(".a.yaml.swp"), "owner: alica\n");
    Files.setLastModifiedTime(saved, Files.getLastModifiedTime(file));
    Files.move(saved, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    assertThat(FileIdentity.of(file, later())).isPresent().isNotEqualTo(name);
  }

  @Test
  void aFileWhoseOldModificationTimeWasJustPutBackHasNoNameUntilItsChangeSettles() throws IOException {
    Path file = Files.writeString(folder.resolve("a.yaml"), "owner: alice\n");
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    assertThat(FileIdentity.of(file, Instant.now())).isEmpty();
    assertThat(FileIdentity.of(file, later())).isPresent();
  }

  @Test
  void aMissingFileHasNoName() {
    assertThat(FileIdentity.of(folder.resolve("gone.yaml"), later())).isEmpty();
  }
}
