package io.truthbook.cli;

import io.truthbook.ExitStatus;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code truthbook completion bash|zsh}: a shell completion script for every command and option. */
@Command(
    name = "completion",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {"Prints a completion script for bash or zsh: commands, options and their values.",
        "bash: source <(truthbook completion bash), or save it in a bash-completion.d folder.",
        "zsh: source <(truthbook completion zsh) in ~/.zshrc; it loads bashcompinit, which the script needs."})
final class CompletionCommand implements Callable<Integer> {
  private static final List<String> SHELLS = List.of("bash", "zsh");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "SHELL", description = "The shell: ${COMPLETION-CANDIDATES}.", completionCandidates = Shells.class)
  String shell;

  @Override
  public Integer call() {
    if (!SHELLS.contains(shell)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "unknown shell '" + shell + "'; use bash or zsh (other shells are not supported)");
    }
    // picocli writes one script for both: under zsh it enables bashcompinit itself
    String script = AutoComplete.bash(spec.root().name(), spec.root().commandLine());
    PrintWriter out = spec.commandLine().getOut();
    out.print(script);
    out.flush();
    return ExitStatus.CLEAN.code();
  }

  /** Shell names for help and completion. */
  static final class Shells extends java.util.ArrayList<String> {
    private static final long serialVersionUID = 1L;

    Shells() {
      super(SHELLS);
    }
  }
}
