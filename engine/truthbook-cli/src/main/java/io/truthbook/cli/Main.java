package io.truthbook.cli;

import io.truthbook.ExitStatus;
import io.truthbook.TruthbookException;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code truthbook} command line. */
@Command(
    name = "truthbook",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Checks a documentation-as-code truth (YAML manifests) and reports drift.")
public final class Main implements Runnable {
  /**
   * The commands, in the order help lists them. They are added to the command line here rather than in the
   * annotation, so that a run of one command builds picocli's model of that command only: reflecting over all
   * of them is a tenth of a second of a cold {@code check}.
   */
  private static final List<Class<?>> COMMANDS = List.of(InitCommand.class, CheckCommand.class, BaselineCommand.class,
      ExplainCommand.class, GatesCommand.class, SignCommand.class, MatrixCommand.class, DiagramsCommand.class,
      BuildCommand.class, DiffCommand.class, ReviewCommand.class, SiteSourceCommand.class, SitePublishCommand.class,
      ImportCheckCommand.class, SynthCommand.class, EvidenceCommand.class, ServeCommand.class, CompletionCommand.class,
      CommandLine.HelpCommand.class);

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code: 0 clean, 1 errors in the truth, 2 cannot run. */
  public static int run(String... args) {
    return run(commandLine(args), args);
  }

  /** The command line with every command: what help, completion and a mistyped command need. */
  static CommandLine commandLine() {
    CommandLine line = new CommandLine(new Main());
    COMMANDS.forEach(line::addSubcommand);
    return line;
  }

  /**
   * The command line for {@code args}: with the one command they name (help and completion list every command, so
   * they get all, as does anything else: no command, an option, a misspelt name and its suggestions).
   */
  static CommandLine commandLine(String... args) {
    if (args.length == 0) {
      return commandLine();
    }
    return COMMANDS.stream().filter(c -> !c.equals(CommandLine.HelpCommand.class) && !c.equals(CompletionCommand.class))
        .filter(c -> c.getAnnotation(Command.class).name().equals(args[0])).findFirst()
        .map(c -> {
          CommandLine line = new CommandLine(new Main());
          line.addSubcommand(c);
          return line;
        }).orElseGet(Main::commandLine);
  }

  /** Out of memory: what to do about it, in one line. */
  static final String OUT_OF_MEMORY = "out of memory (the Java heap is full): give Java more heap with -Xmx"
      + " (TRUTHBOOK_JAVA_OPTS for the launcher; converting a book of very large tables needs more), or lower a raised"
      + " --max-manifest-bytes, --max-file-bytes or --max-nodes";

  /** Runs {@code line}, turning tool faults (and running out of heap) into a one-line message and exit 2. */
  static int run(CommandLine line, String... args) {
    line.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
      commandLine.getErr().println("truthbook: " + reason(exception));
      return ExitStatus.CANNOT_RUN.code();
    });
    try {
      return line.execute(args);
    } catch (OutOfMemoryError e) {
      // the huge arrays died with the stack that made them, so there is heap again for one line; no trace
      line.getErr().println("truthbook: " + OUT_OF_MEMORY);
      line.getErr().flush();
      return ExitStatus.CANNOT_RUN.code();
    }
  }

  private static String reason(Exception exception) {
    if (exception instanceof TruthbookException) {
      return exception.getMessage();
    }
    if (exception instanceof java.io.UncheckedIOException io) {
      return "I/O error: " + io.getCause().getMessage();
    }
    return "internal error (" + exception.getClass().getSimpleName() + ": " + exception.getMessage()
        + "); please report it";
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command: check or explain");
  }
}
