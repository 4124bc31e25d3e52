package io.truthbook.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code truthbook completion bash|zsh} prints a script that completes every command and check's formats. */
class CompletionCommandTest {
  @TempDir Path temp;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void theBashScriptNamesEveryCommandAndCheckFormats() {
    assertThat(run("completion", "bash")).isZero();

    String script = out.toString();
    assertThat(script).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_truthbook");
    java.util.List<String> visible = Main.commandLine().getSubcommands().entrySet().stream()
        .filter(command -> !command.getValue().getCommandSpec().usageMessage().hidden()).map(Map.Entry::getKey).toList();
    assertThat(visible).contains("check", "review", "completion");
    // the top-level function offers the commands; each has its own cmdsN=(name) entry
    assertThat(script).containsOnlyOnce("local commands=\"" + String.join(" ", visible) + "\"");
    visible.forEach(name -> assertThat(script).contains("=(" + name + ")"));
    assertThat(script).contains("FORMAT_option_args=(\"text\" \"json\" \"junit\" \"sarif\" \"github\" \"markdown\")");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void theZshScriptLoadsBashCompletionIntoZsh() {
    assertThat(run("completion", "zsh")).isZero();

    assertThat(out.toString()).contains("ZSH_VERSION").contains("bashcompinit").contains("_complete_truthbook");
  }

  @Test
  void bashCompletesCheckFormatsFromTheScript() throws IOException, InterruptedException {
    assertThat(run("completion", "bash")).isZero();
    Path script = Files.writeString(temp.resolve("truthbook_completion"), out.toString());

    String completions = bash(". \"$1\"; COMP_WORDS=(truthbook check --format s); COMP_CWORD=3;"
        + " COMP_LINE='truthbook check --format s'; _complete_truthbook; printf '%s\\n' \"${COMPREPLY[@]}\"", script);

    assertThat(completions.lines()).containsExactly("sarif");
    String commands = bash(". \"$1\"; COMP_WORDS=(truthbook re); COMP_CWORD=1; COMP_LINE='truthbook re';"
        + " _complete_truthbook; printf '%s\\n' \"${COMPREPLY[@]}\"", script);
    assertThat(commands.lines()).containsExactly("review");
  }

  @Test
  void anUnknownShellIsExitTwoNamingTheShellsThereAre() {
    assertThat(run("completion", "fish")).isEqualTo(2);

    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).startsWith("unknown shell 'fish'; use bash or zsh");
  }

  private int run(String... args) {
    CommandLine line = Main.commandLine();
    line.setOut(new PrintWriter(out, true));
    line.setErr(new PrintWriter(err, true));
    return Main.run(line, args);
  }

  /** Runs {@code code} in bash with the script as $1; stderr is dropped (compopt complains outside readline). */
  private static String bash(String code, Path script) throws IOException, InterruptedException {
    Process process = new ProcessBuilder("bash", "-c", code, "bash", script.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    return output;
  }
}
