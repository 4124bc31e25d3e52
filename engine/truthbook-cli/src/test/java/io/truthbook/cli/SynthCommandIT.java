package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The acceptance of `truthbook synth` on the real jar: deterministic by seed, refused with the finding. */
class SynthCommandIT {
  @TempDir Path temp;

  @Test
  void theSameSeedTwiceGivesTheSameBytesAndAnotherSeedDiffers() throws Exception {
    Jar.Run first = Jar.run(Jar.ROOT, "synth", "--count", "25", "--seed", "7", "--out", temp.resolve("a").toString());
    Jar.Run again = Jar.run(Jar.ROOT, "synth", "--count", "25", "--seed", "7", "--out", temp.resolve("b").toString());
    Jar.Run other = Jar.run(Jar.ROOT, "synth", "--count", "25", "--seed", "8", "--out", temp.resolve("c").toString());
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).startsWith("synth: 25 graphs (seed 7) -> " + temp.resolve("a"));
    assertThat(again.exit()).isZero();
    assertThat(other.exit()).isZero();
    try (Stream<Path> graphs = Files.list(temp.resolve("a/graphs"))) {
      assertThat(graphs.count()).isEqualTo(25);
    }
    assertThat(temp.resolve("a/schema.sql")).isRegularFile();
    assertThat(temp.resolve("a/manifest.json")).hasSameTextualContentAs(temp.resolve("b/manifest.json"));
    assertThat(Files.readString(temp.resolve("a/graphs.csv"))).isEqualTo(Files.readString(temp.resolve("b/graphs.csv")))
        .isNotEqualTo(Files.readString(temp.resolve("c/graphs.csv")));
  }

  @Test
  void aBriefThatCannotBeFollowedIsRefusedWithItsFindingAndNothingIsWritten() throws Exception {
    Path root = Jar.copyOfVelocity(temp.resolve("truth"));
    Path brief = root.resolve("manifests/synthetic.yaml");
    Files.writeString(brief, Files.readString(brief).replace("  - column: crm_account.name\n", "  - column: crm_acount.name\n"));
    Path out = temp.resolve("out");

    Jar.Run run = Jar.run(root, "synth", "--count", "5", "--out", out.toString());

    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.out()).contains("manifests/synthetic.yaml:")
        .contains("error [synth.table] the brief names table 'crm_acount', which the truth does not declare"
            + " (did you mean 'crm_account'?)")
        .contains("error [synth.unfilled] column crm_account.name is NOT NULL")
        .contains("not generating: the brief cannot be followed");
    assertThat(out).doesNotExist();
    Jar.Run check = Jar.run(root, "check");
    assertThat(check.exit()).isEqualTo(1);
    assertThat(check.out()).contains("[synth.table]").contains("[synth.unfilled]");
  }
}
