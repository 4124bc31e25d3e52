package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code truthbook --help} gives every command one whole sentence, never one cut at the column edge; a run of one
 * command builds that command alone, and whatever needs the others (help, completion, a misspelt name) gets all.
 */
class CommandHelpTest {
  @Test
  void everyCommandIsSummedUpInOneWholeSentence() {
    Map<String, CommandLine> commands = Main.commandLine().getSubcommands();
    assertThat(commands).containsKeys("check", "sign", "diagrams", "build", "review", "site-src");
    commands.forEach((name, command) -> {
      CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
      String summary = usage.header().length > 0 ? String.join(" ", usage.header()) : usage.description()[0];
      assertThat(summary).as("the summary of %s in truthbook --help", name)
          .endsWith(".").doesNotContain(". ").hasSizeLessThan(110);
    });
  }

  @Test
  void aRunOfOneCommandBuildsThatCommandAloneAndAnythingElseGetsThemAll() {
    int all = Main.commandLine().getSubcommands().size();
    assertThat(Main.commandLine("check", "--format", "json").getSubcommands()).containsOnlyKeys("check");
    assertThat(Main.commandLine("site-src").getSubcommands()).containsOnlyKeys("site-src");
    assertThat(Main.commandLine().getSubcommands()).hasSizeGreaterThan(15);
    for (String[] args : new String[][] {{}, {"--help"}, {"help", "check"}, {"completion", "bash"}, {"chek"}}) {
      assertThat(Main.commandLine(args).getSubcommands()).as(String.join(" ", args)).hasSize(all);
    }
  }

  @Test
  void aMisspeltCommandStillGetsItsSuggestionAndHelpListsEveryCommand() {
    StringWriter err = new StringWriter();
    StringWriter out = new StringWriter();
    CommandLine line = Main.commandLine("chek");
    line.setErr(new PrintWriter(err, true));
    line.setOut(new PrintWriter(out, true));
    assertThat(Main.run(line, "chek")).isEqualTo(2);
    assertThat(err.toString()).contains("chek").contains("check");

    CommandLine help = Main.commandLine("--help");
    help.setOut(new PrintWriter(out, true));
    assertThat(Main.run(help, "--help")).isZero();
    Main.commandLine().getSubcommands().forEach((name, command) -> {
      if (!command.getCommandSpec().usageMessage().hidden()) {
        assertThat(out.toString()).contains("\n  " + name + " ");
      }
    });
  }
}
