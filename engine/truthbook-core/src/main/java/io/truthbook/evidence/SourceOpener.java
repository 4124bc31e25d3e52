package io.truthbook.evidence;

import io.truthbook.evidence.bundle.EvidenceBundle;
import io.truthbook.git.Repositories.Place;
import io.truthbook.model.FileOrigin;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.Source;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;

/** Opens the files a {@link Source} names: a folder of this repository, another repository, or a clone. */
public final class SourceOpener {

  /** How to read: the working tree instead of a commit, a revision overriding the manifests', the clone cache. */
  public record Options(boolean worktree, Optional<String> ref, Path cache) {}

  /** An opened tree, or the findings that say why the source could not be opened. */
  public record Opened(Optional<RepositoryTree> tree, List<Finding> findings) {}

  private final Path root;
  private final Options options;
  private final Optional<Path> truthTree;
  private final List<FileOrigin> origins = new java.util.ArrayList<>();

  public SourceOpener(Path root, Options options) {
    this.root = root.toAbsolutePath().normalize();
    this.options = options;
    this.truthTree = io.truthbook.git.Repositories.placeOf(this.root).map(Place::workTree);
  }

  /**
   * The git repositories the sources opened so far lie in, as findings name their files: a source in the
   * truth's own repository counts as {@link FileOrigin#TRUTH}.
   */
  public List<FileOrigin> origins() {
    return List.copyOf(origins);
  }

  private void opened(Source source, String display, Place place) {
    boolean truths = truthTree.isPresent() && truthTree.get().equals(place.workTree());
    origins.add(new FileOrigin(display, truths ? FileOrigin.TRUTH : source.id(), place.folder(), source.url()));
  }

  /**
   * A {@code bundle} source: its evidence read from the bundle file or URL, every place printed as the
   * check would print it reading the repository the source names ({@code path}: from the truth's root;
   * otherwise {@code source-id:subdir/}). A bundle that cannot be read is an error finding.
   */
  public EvidenceBundle.Read openBundle(Source source, String engine) {
    Optional<Finding> problem = declarationProblem(source);
    if (problem.isPresent()) {
      return new EvidenceBundle.Read(Optional.empty(), Optional.empty(), List.of(problem.get()));
    }
    Optional<Path> directory = directoryOf(source);
    String subdir = source.subdir().orElse("");
    String prefix = directory.filter(d -> d.startsWith(root)).map(d -> displayPrefix(source, d, subdir))
        .orElse(source.id() + ":" + (subdir.isEmpty() ? "" : subdir + "/"));
    BundleBytes.Fetched fetched = BundleBytes.fetch(root, source.bundle().orElseThrow());
    if (fetched instanceof BundleBytes.Problem unread) {
      return new EvidenceBundle.Read(Optional.empty(), Optional.empty(), List.of(Finding.error(unread.rule(),
          source.at(), "source '" + source.id() + "': cannot read bundle " + unread.display() + ": " + unread.why(),
          unread.rule().equals("bundle.outside")
              ? "keep bundles inside this repository (evidence/ID.json), or fetch them over https"
              : "write it first with 'truthbook evidence --source " + source.id() + " --out FILE', or fix 'bundle:'")));
    }
    BundleBytes.Bytes bytes = (BundleBytes.Bytes) fetched;
    EvidenceBundle.Read read = EvidenceBundle.read(bytes.bytes(), bytes.display(), source, prefix, engine);
    if (read.collected().isPresent()) {
      Optional<Place> place = directory.filter(Files::isDirectory).flatMap(d -> placeOf(d));
      if (place.isPresent()) {
        opened(source, prefix, place.get());
      } else if (source.path().isEmpty()) {
        origins.add(new FileOrigin(prefix, source.id(), read.folder().orElse(""), source.url()));
      }
      // a 'path' folder missing here (a sparse checkout) is still the truth's: its origin names it
    }
    return read;
  }

  /** The folder a source would open on this machine: its path, or its local repository and subdir. */
  private Optional<Path> directoryOf(Source source) {
    if (source.path().isPresent()) {
      return Optional.of(root.resolve(source.path().get()).normalize());
    }
    return source.repository().map(r -> {
      Path repository = root.resolve(r).normalize();
      return source.subdir().map(repository::resolve).orElse(repository).normalize();
    });
  }

  private static Optional<Place> placeOf(Path directory) {
    try {
      Optional<Repository> holding = io.truthbook.git.Repositories.holding(directory);
      Optional<Place> place = holding.filter(r -> !r.isBare()).map(r -> Place.of(r, directory));
      holding.ifPresent(Repository::close);
      return place;
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /**
   * What is wrong with how a source is declared, before anything is read: not exactly one place to read
   * (a bundle source may give none, or one to say where {@code truthbook evidence} reads), a path
   * leaving the repository, a subdir leaving its repository.
   */
  private Optional<Finding> declarationProblem(Source source) {
    Location at = source.at();
    int given = (source.path().isPresent() ? 1 : 0) + (source.repository().isPresent() ? 1 : 0)
        + (source.url().isPresent() ? 1 : 0);
    if (given > 1 || (given == 0 && source.bundle().isEmpty())) {
      return Optional.of(Finding.error("source.location", at,
          "source '" + source.id() + "' must give exactly one of path, repository or url (it gives " + given + ")",
          "keep one of 'path' (a folder here), 'repository' (a local repository) or 'url' (a git URL)"));
    }
    if (source.path().isPresent()) {
      Path folder = root.resolve(source.path().get()).normalize();
      if (!folder.startsWith(root) || (Files.exists(folder) && !insideReal(folder))) {
        return Optional.of(Finding.error("source.outside", at,
            "source '" + source.id() + "' path '" + source.path().get() + "' leaves the repository",
            "use a folder inside the repository, or name another repository with 'repository:'"));
      }
    }
    String subdir = source.subdir().orElse("");
    if (source.path().isEmpty() && subdir.contains("..")) {
      return Optional.of(Finding.error("source.outside", at,
          "source '" + source.id() + "' subdir '" + subdir + "' leaves its repository", "use a folder inside it"));
    }
    return Optional.empty();
  }

  public Opened open(Source source) {
    Location at = source.at();
    Optional<Finding> problem = declarationProblem(source);
    if (problem.isPresent()) {
      return failed(problem.get());
    }
    if (source.bundle().isPresent() && source.path().isEmpty() && source.repository().isEmpty()
        && source.url().isEmpty()) {
      return failed(Finding.error("source.location", at, "source '" + source.id() + "' names only a bundle,"
          + " so there is no repository to read here", "read the product's checkout with --repository DIR"));
    }
    if (source.path().isPresent()) {
      Path folder = root.resolve(source.path().get()).normalize();
      return openIn(source, root, root.relativize(folder).toString().replace('\\', '/'), false);
    }
    Path repository;
    if (source.url().isPresent()) {
      Optional<Path> clone = cloneOrFetch(source);
      if (clone.isEmpty()) {
        return failed(Finding.error("source.clone", at,
            "cannot clone or fetch '" + source.url().get() + "' for source '" + source.id() + "'",
            "check the URL and your network access, or point 'repository:' at a local clone"));
      }
      repository = clone.get();
    } else {
      repository = root.resolve(source.repository().get()).normalize();
    }
    String subdir = source.subdir().orElse("");
    if (!Files.isDirectory(repository)) {
      return failed(Finding.error("source.missing", at,
          "source '" + source.id() + "' repository " + repository + " does not exist",
          "clone the repository there, or fix the path"));
    }
    return openIn(source, repository, subdir, true);
  }

  /**
   * Opens {@code folder} (relative to {@code base}) at the right revision, or as a working tree; a
   * {@code repository} source must be under git (a folder outside this repository is never read as is).
   */
  private Opened openIn(Source source, Path base, String folder, boolean repositorySource) {
    Path directory = folder.isEmpty() ? base : base.resolve(folder);
    String display = displayPrefix(source, directory, folder);
    if (!Files.isDirectory(directory)) {
      return failed(Finding.error("source.missing", source.at(),
          "source '" + source.id() + "' folder " + display + " does not exist", "fix the path, or create the folder"));
    }
    Optional<Repository> holding;
    try {
      holding = io.truthbook.git.Repositories.holding(directory);
    } catch (IOException e) {
      throw new io.truthbook.evidence.EvidenceException("cannot open the git repository of " + directory, e);
    }
    if (holding.isEmpty() && repositorySource) {
      return failed(Finding.error("source.not-a-repository", source.at(),
          "source '" + source.id() + "' repository " + display + " is not a git repository; it was not read",
          "point 'repository' at a git clone, or use 'path' for a folder inside this repository"));
    }
    holding.filter(r -> !r.isBare())
        .ifPresent(r -> opened(source, display, Place.of(r, directory)));
    if (options.worktree()) {
      holding.ifPresent(Repository::close);
      return new Opened(Optional.of(new WorkTree(directory, display)), List.of());
    }
    if (holding.isEmpty()) {
      return new Opened(Optional.of(new WorkTree(directory, display)), List.of(Finding.warning("source.no-git",
          source.at(), "source '" + source.id() + "' is not in a git repository; its working tree was read",
          "commit the source to git so that checks read a known revision")));
    }
    Repository repository = holding.get();
    String ref = options.ref().or(source::ref).orElse("HEAD");
    Optional<RevCommit> commit = GitTree.resolve(repository, ref);
    if (commit.isEmpty()) {
      repository.close();
      return failed(Finding.error("source.ref", source.at(),
          "source '" + source.id() + "': revision '" + ref + "' does not exist"
              + (ref.equals("HEAD") ? " (the repository has no commit yet)" : ""),
          "commit first, or name an existing branch, tag or commit with 'ref:' or --ref"));
    }
    Path workTree = repository.isBare() ? directory : repository.getWorkTree().toPath().toAbsolutePath().normalize();
    String inRepository = workTree.relativize(directory.toAbsolutePath().normalize()).toString().replace('\\', '/');
    GitTree tree = new GitTree(repository, commit.get(), inRepository, display);
    if (tree.files().isEmpty() && holdsAFile(directory)) {
      tree.close();
      return failed(Finding.error("source.uncommitted", source.at(),
          "source '" + source.id() + "' folder " + display + " has files on disk but none at " + ref + " ("
              + commit.get().name().substring(0, 7) + "): they are untracked or ignored, so nothing would be checked",
          "commit the source's files, or read the working tree with --worktree"));
    }
    return new Opened(Optional.of(tree), List.of());
  }

  /** Whether a folder holds a regular file at any depth, git's own folder aside; stops at the first. */
  private static boolean holdsAFile(Path directory) {
    try (java.util.stream.Stream<Path> walk = Files.walk(directory)) {
      return walk.filter(p -> !p.toString().contains("/.git/") && !p.endsWith(".git")).anyMatch(Files::isRegularFile);
    } catch (IOException | UncheckedIOException e) {
      return false;
    }
  }

  /** Paths inside this repository print relative to its root; others as {@code source-id:folder/file}. */
  private String displayPrefix(Source source, Path directory, String folder) {
    Path normal = directory.toAbsolutePath().normalize();
    if (normal.startsWith(root)) {
      String relative = root.relativize(normal).toString().replace('\\', '/');
      return relative.isEmpty() ? "" : relative + "/";
    }
    return source.id() + ":" + (folder.isEmpty() ? "" : folder + "/");
  }

  private boolean insideReal(Path folder) {
    try {
      return folder.toRealPath().startsWith(root.toRealPath());
    } catch (IOException e) {
      return false;
    }
  }

  private Optional<Path> cloneOrFetch(Source source) {
    String url = source.url().get();
    Path target = options.cache().resolve(sha1(url));
    try {
      if (Files.isDirectory(target.resolve(".git"))) {
        try (Git git = Git.open(target.toFile())) {
          git.fetch().setRemoveDeletedRefs(true).call();
        }
      } else {
        Files.createDirectories(target.getParent());
        File temp = Files.createTempDirectory(target.getParent(), ".clone-").toFile();
        // cloned into a temporary folder, moved into place only when complete
        Git.cloneRepository().setURI(url).setDirectory(temp).setCloneAllBranches(true).call().close();
        Files.move(temp.toPath(), target);
      }
      return Optional.of(target);
    } catch (IOException | GitAPIException | org.eclipse.jgit.api.errors.JGitInternalException e) {
      return Optional.empty();
    }
  }

  private static String sha1(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Opened failed(Finding finding) {
    return new Opened(Optional.empty(), List.of(finding));
  }
}
