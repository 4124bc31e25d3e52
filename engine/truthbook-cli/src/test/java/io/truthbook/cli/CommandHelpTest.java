package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** {@code truthbook --help} gives every command one whole sentence, never one cut at the column edge. */
class CommandHelpTest {
  @Test
  void everyCommandIsSummedUpInOneWholeSentence() {
    Map<String, CommandLine> commands = new CommandLine(new Main()).getSubcommands();
    assertThat(commands).containsKeys("check", "sign", "diagrams", "build", "review", "site-src");
    commands.forEach((name, command) -> {
      CommandLine.Model.UsageMessageSpec usage = command.getCommandSpec().usageMessage();
      String summary = usage.header().length > 0 ? String.join(" ", usage.header()) : usage.description()[0];
      assertThat(summary).as("the summary of %s in truthbook --help", name)
          .endsWith(".").doesNotContain(". ").hasSizeLessThan(110);
    });
  }
}
