package io.truthbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.dircache.DirCache;
import org.eclipse.jgit.dircache.DirCacheBuilder;
import org.eclipse.jgit.dircache.DirCacheEntry;
import org.eclipse.jgit.internal.storage.file.ObjectDirectory;
import org.eclipse.jgit.internal.storage.file.PackInserter;
import org.eclipse.jgit.lib.Constants;
import org.eclipse.jgit.lib.FileMode;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/**
 * A deterministic, seeded synthetic truth: manifests under {@code manifests/}, chapters, the
 * schemas, and a matching product under {@code product/}, all committed with JGit so that the check
 * reads the product at HEAD. The manifests and the product agree except for the planted drift:
 * {@link Scale#drift()} findings of each rule in {@link #PLANTED}, and nothing else.
 */
public final class SyntheticTruth {
  /** The drift rules a generated truth breaks, each exactly {@code drift} times. */
  public static final List<String> PLANTED = List.of("drift.route.undocumented", "drift.route.missing",
      "drift.table.unmapped", "drift.table.missing", "drift.service.undocumented", "drift.ingress.undocumented");

  /** Bumped whenever the output changes, so that cached generations are not reused across versions. */
  static final int VERSION = 3;
  private static final String STAMP_FILE = ".bench-stamp";
  private static final Instant COMMIT_TIME = Instant.parse("2026-01-01T00:00:00Z");

  private final Scale scale;
  private final long seed;

  public SyntheticTruth(Scale scale, long seed) {
    this.scale = scale;
    this.seed = seed;
  }

  /** What was written: counts, the commit, and the findings a check must report. */
  public record Generated(Path root, int manifests, int productFiles, long bytes, String commit,
      Map<String, Integer> expected) {}

  /** Replaces {@code folder} with the generated repository. */
  public Generated write(Path folder) {
    Path root = folder.toAbsolutePath().normalize();
    clear(root);
    SyntheticPlan plan = new SyntheticPlan(scale, seed);
    GeneratedFiles out = new GeneratedFiles(root);
    int manifests = new SyntheticManifests(plan, out).write();
    int product = new SyntheticProduct(plan, out, SyntheticManifests.PRODUCT).write();
    out.write(".gitignore", "/.bench-stamp\n");
    String commit = commit(root, out.written());
    out.write(STAMP_FILE, stamp() + "\n");
    Map<String, Integer> expected = new LinkedHashMap<>();
    PLANTED.forEach(rule -> expected.put(rule, scale.drift()));
    return new Generated(root, manifests, product, out.bytes(), commit, expected);
  }

  /** A line that identifies this generation, to tell whether a folder already holds it. */
  public String stamp() {
    return "truthbook-synthetic v" + VERSION + " seed=" + seed + " " + scale;
  }

  /**
   * Commits the written files. They go straight into one pack and the index (as a fresh clone has
   * them) rather than through {@code git add}, which would read, hash and store every file again as
   * a loose object: at 100x that is most of the generation time.
   */
  private static String commit(Path root, Map<String, byte[]> files) {
    PersonIdent ident = new PersonIdent("Truthbook Bench", "bench@truthbook.invalid", COMMIT_TIME,
        TimeZone.getTimeZone("UTC").toZoneId());
    try (Git git = Git.init().setDirectory(root.toFile()).setInitialBranch("main").call()) {
      Repository repository = git.getRepository();
      DirCache index = repository.lockDirCache();
      try (PackInserter inserter = ((ObjectDirectory) repository.getObjectDatabase()).newPackInserter()) {
        DirCacheBuilder builder = index.builder();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
          DirCacheEntry entry = new DirCacheEntry(file.getKey());
          entry.setFileMode(FileMode.REGULAR_FILE);
          entry.setLength(file.getValue().length);
          entry.setObjectId(inserter.insert(Constants.OBJ_BLOB, file.getValue()));
          builder.add(entry);
        }
        inserter.flush();
        builder.commit();
      } finally {
        index.unlock();
      }
      RevCommit commit = git.commit().setMessage("Synthetic truth for the benchmark\n").setAuthor(ident)
          .setCommitter(ident).setSign(false).call();
      return commit.name();
    } catch (GitAPIException | IOException e) {
      throw new IllegalStateException("cannot commit the synthetic repository in " + root, e);
    }
  }

  /** True when {@code folder} holds exactly this generation, so it can be reused as it is. */
  public boolean isIn(Path folder) {
    try {
      Path stamp = folder.resolve(STAMP_FILE);
      return Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(stamp());
    } catch (IOException e) {
      return false;
    }
  }

  /** Empties a folder, but only one this class generated (or an empty one): never a user's repository. */
  private static void clear(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder);
        Stream<Path> top = Files.list(folder)) {
      if (top.findAny().isPresent() && !Files.isRegularFile(folder.resolve(STAMP_FILE))) {
        throw new IllegalArgumentException(folder + " is not empty and was not generated by the benchmark;"
            + " refusing to replace it");
      }
      for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot clear " + folder, e);
    }
  }
}
