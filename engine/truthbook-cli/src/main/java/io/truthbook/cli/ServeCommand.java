package io.truthbook.cli;

import io.truthbook.ExitStatus;
import io.truthbook.Preview;
import io.truthbook.Truthbook;
import io.truthbook.policy.Config;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code truthbook serve}: a live preview of the site while the truth is edited. */
@Command(name = "serve", header = "Serves a live preview of the site that follows every edit, with the check's findings on the page.",
    mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = {"Checks the truth and serves its chaptered site from memory at http://127.0.0.1:PORT/ (this "
            + "machine only, unless --bind says otherwise). Every save under manifests/, the chapters' folders, "
            + "diagrams/, schemas/ or of truthbook.yaml runs the check again and refreshes what changed: the "
            + "page being read reloads by itself, and the findings (file:line:col, rule, message; click a place "
            + "to copy it) show over the page until they are fixed. Nothing is written but the diagram cache "
            + "under target/. Runs until interrupted (Ctrl-C).",
        "Exit codes: 2 the tool cannot run (no truth, the port is taken); else it serves until stopped."})
final class ServeCommand implements Callable<Integer> {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Mixin CheckOptions check;

  @Option(names = "--port", paramLabel = "PORT", defaultValue = "8000",
      description = "Port to serve at (default ${DEFAULT-VALUE}; 0 picks a free one and prints it).")
  int port;

  @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default ${DEFAULT-VALUE}: this machine only). Any other address shows"
          + " the unpublished truth to whoever can reach it.")
  String bind;

  @Override
  public Integer call() throws InterruptedException {
    if (port < 0 || port > 65_535) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--port must be between 0 and 65535");
    }
    InetAddress address;
    try {
      address = InetAddress.getByName(bind);
    } catch (UnknownHostException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--bind: no such address '" + bind + "'");
    }
    Truthbook.Options options = check.options(spec);
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!address.isLoopbackAddress()) {
      err.println("warning: serving on " + address.getHostAddress() + ": anyone who can reach this address can read"
          + " the truth, drafts included");
      err.flush();
    }
    out.println("checking " + check.root.toAbsolutePath().normalize() + " and rendering its site...");
    out.flush();
    Preview preview = Preview.start(check.root, options, new InetSocketAddress(address, port),
        result -> {
          Config config = check.config(spec);
          return check.policy(spec, config, true).apply(result);
        },
        line -> {
          synchronized (out) {
            out.println(LocalTime.now().format(CLOCK) + "  " + line);
            out.flush();
          }
        });
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      preview.close();
      stopped.countDown();
    }, "truthbook-preview-stop"));
    synchronized (out) {
      out.println("serving " + preview.uri() + " (watching for edits; Ctrl-C stops)");
      out.flush();
    }
    stopped.await();
    return ExitStatus.CLEAN.code();
  }
}
