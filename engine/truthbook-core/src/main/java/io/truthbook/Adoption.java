package io.truthbook;

import io.truthbook.adopt.NewTruth;
import io.truthbook.adopt.ProductPlace;
import io.truthbook.evidence.EvidenceException;
import io.truthbook.evidence.WorkTree;
import io.truthbook.git.Repositories;
import io.truthbook.publish.files.NewFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * {@code truthbook init}: a new truth for a repository, as a starter or drafted from the product's code
 * (adopt → write). The CLI calls this; nothing else wires the drafting stage to the disk.
 */
public final class Adoption {
  private final Path root;
  /** The root of the git working tree holding the truth (the truth's own root outside git). */
  private final Path top;

  public Adoption(Path root) {
    this.root = root.toAbsolutePath().normalize();
    if (!Files.isDirectory(this.root)) {
      throw new TruthbookException("no folder " + this.root + " to start a truth in");
    }
    this.top = Repositories.placeOf(this.root).map(Repositories.Place::workTree).orElse(this.root);
  }

  /** What init wrote (absolute paths), what it left as it was with the text it would have written, and notes. */
  public record Written(List<Path> files, Map<Path, String> leftAlone, List<String> notes) {
    public Written {
      files = List.copyOf(files);
      leftAlone = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(leftAlone));
      notes = List.copyOf(notes);
    }
  }

  /**
   * {@code truthbook init}: the starter truth, or with {@code from} one drafted from the product there, written
   * in place ({@link #write}).
   */
  public Written init(Optional<Path> from, boolean force, long maxFileBytes) {
    return write(from.isPresent() ? draft(from.get(), maxFileBytes) : starter(), force);
  }

  /** A starter truth: every kind, check-clean as written. */
  public NewTruth starter() {
    return NewTruth.starter(topFromRoot(), truthFromTop(), Truthbook.version());
  }

  /**
   * A truth drafted from the product in {@code from} (a folder of a git repository), read as git would commit
   * it; findings of later checks are then the product drifting from this draft.
   */
  public NewTruth draft(Path from, long maxFileBytes) {
    Path product = from.toAbsolutePath().normalize();
    if (!Files.isDirectory(product)) {
      throw new TruthbookException("--from " + from + " is not a folder");
    }
    Path workTree = Repositories.placeOf(product).map(Repositories.Place::workTree).orElseThrow(() ->
        new TruthbookException("--from " + from + " is not in a git repository: init reads the files git would"
            + " commit, and check reads commits (run git init there first)"));
    String id = sourceId(product);
    ProductPlace place;
    String display;
    if (product.startsWith(root)) {
      String relative = slashes(root.relativize(product));
      place = new ProductPlace(id, Optional.of(relative.isEmpty() ? "." : relative), Optional.empty(), Optional.empty(),
          slashes(from));
      display = relative.isEmpty() ? "" : relative + "/";
    } else {
      String subdir = slashes(workTree.relativize(product));
      place = new ProductPlace(id, Optional.empty(), Optional.of(slashes(root.relativize(workTree))),
          subdir.isEmpty() ? Optional.empty() : Optional.of(subdir), slashes(from));
      display = id + ":" + (subdir.isEmpty() ? "" : subdir + "/");
    }
    List<String> written = new ArrayList<>();
    for (String file : starter().files().keySet()) {
      Path target = root.resolve(file).normalize();
      if (target.startsWith(product)) {
        written.add(slashes(product.relativize(target)));
      }
    }
    try (WorkTree tree = WorkTree.committable(product, display)) {
      return NewTruth.drafted(tree, display, maxFileBytes, place, written, topFromRoot(), truthFromTop(),
          Truthbook.version());
    } catch (EvidenceException | UncheckedIOException e) {
      throw new TruthbookException("cannot read " + product + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes the files: all of them or, when one cannot be written, none that were not moved in yet. A file
   * that exists stops it before anything is written, unless {@code force}; a file shared with another tool
   * (pre-commit's configuration) that exists is left as it is.
   */
  public Written write(NewTruth truth, boolean force) {
    Map<Path, String> files = new LinkedHashMap<>();
    Map<Path, String> leftAlone = new LinkedHashMap<>();
    truth.files().forEach((file, text) -> {
      Path target = root.resolve(file).normalize();
      if (NewTruth.shared(file) && Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        leftAlone.put(target, text);
      } else {
        files.put(target, text);
      }
    });
    List<Path> existing = NewFiles.existing(files.keySet());
    if (!existing.isEmpty() && !force) {
      throw new TruthbookException("init would overwrite " + existing.get(0)
          + (existing.size() > 1 ? " and " + (existing.size() - 1) + " more" : "")
          + "; keep your files and run it elsewhere (--root DIR), or replace them with --force");
    }
    try {
      NewFiles.write(top, files, force);
    } catch (IOException e) {
      throw new TruthbookException("cannot write the new truth (" + e.getClass().getSimpleName() + ": "
          + e.getMessage() + ")", e);
    }
    return new Written(List.copyOf(files.keySet()), leftAlone, truth.notes());
  }

  /** The repository's root as seen from the truth's: {@code ""}, or {@code ../../} for a truth in docs/truth. */
  private String topFromRoot() {
    String up = slashes(root.relativize(top));
    return up.isEmpty() ? "" : up + "/";
  }

  private String truthFromTop() {
    return slashes(top.relativize(root));
  }

  /** The product's folder name as a source id (lower-case kebab). */
  private static String sourceId(Path product) {
    String name = Optional.ofNullable(product.getFileName()).map(Path::toString).orElse("")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^[^a-z]+|-+$", "");
    return name.isEmpty() ? "product" : name;
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
