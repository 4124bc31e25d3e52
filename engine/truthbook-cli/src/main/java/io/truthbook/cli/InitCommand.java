package io.truthbook.cli;

import io.truthbook.Adoption;
import io.truthbook.ExitStatus;
import io.truthbook.Truthbook;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code truthbook init}: a new truth for the repository, a starter or one drafted from the code. */
@Command(
    name = "init",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {"Starts a truth here: every manifest, the schemas, truthbook.yaml, a GitHub workflow and a "
            + "pre-commit hook.",
        "With --from, owners, domains, routes, ingress, topology and sources are drafted from the code "
            + "there, so that 'check' passes on them at once and every later change of the code is drift. It "
            + "never overwrites a file unless --force; an existing .pre-commit-config.yaml is left as it is.",
        "Exit codes: 0 written, 2 cannot run (a file it would write exists, the folder is not in git, a "
            + "fault)."})
final class InitCommand implements Callable<Integer> {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(names = "--root", paramLabel = "DIR", defaultValue = ".",
      description = "Where the truth goes: manifests/ and the rest are written there (default: the current folder).")
  Path root;

  @Option(names = "--from", paramLabel = "PATH",
      description = "Draft the truth from the product in this folder of a git repository, usually '.'.")
  Path from;

  @Option(names = "--force", description = "Replace files that exist.")
  boolean force;

  @Option(names = "--max-file-bytes", paramLabel = "BYTES",
      description = "Largest product file an extractor reads (default ${DEFAULT-VALUE}).")
  long maxFileBytes = Truthbook.Options.defaults().maxFileBytes();

  @Override
  public Integer call() {
    Adoption.Written written = new Adoption(root).init(Optional.ofNullable(from), force, maxFileBytes);
    PrintWriter out = spec.commandLine().getOut();
    Path here = Path.of("").toAbsolutePath();
    out.println("wrote " + written.files().size() + " files:");
    written.files().forEach(file -> out.println("  " + here.relativize(file)));
    for (Map.Entry<Path, String> kept : written.leftAlone().entrySet()) {
      out.println(here.relativize(kept.getKey()) + " exists and was left as it is; add Truthbook's hook to its repos:");
      kept.getValue().lines().filter(line -> !line.startsWith("#") && !line.equals("repos:"))
          .forEach(line -> out.println("  " + line));
    }
    if (!written.notes().isEmpty()) {
      out.println("left out, so that the draft passes 'check' (each is a comment in sources.yaml):");
      written.notes().forEach(note -> out.println("  " + note));
    }
    out.println("next:");
    Set<String> tops = new LinkedHashSet<>();
    written.files().forEach(file -> tops.add(topEntry(here, file)));
    written.leftAlone().keySet().forEach(file -> tops.add(topEntry(here, file)));
    out.println("  git add " + String.join(" ", tops) + " && git commit -m 'Adopt Truthbook'");
    String rooted = here.equals(root.toAbsolutePath().normalize()) ? "" : " --root " + root;
    out.println("  truthbook check" + rooted + "      # passes now; every later change the truth does not follow fails it");
    if (from == null) {
      out.println("  truthbook init --from . --force" + rooted + "   # or draft the truth from the code, to check it too");
    }
    out.flush();
    return ExitStatus.CLEAN.code();
  }

  /** What to {@code git add} for a file: manifests/, schemas/ or chapters/ whole, any other file itself. */
  private String topEntry(Path here, Path file) {
    Path truth = root.toAbsolutePath().normalize();
    Path inTruth = truth.relativize(file);
    boolean folder = inTruth.getNameCount() > 1 && Set.of("manifests", "schemas", "chapters")
        .contains(inTruth.getName(0).toString());
    String entry = here.relativize(folder ? truth.resolve(inTruth.getName(0)) : file).toString();
    return entry.isEmpty() ? "." : entry;
  }
}
