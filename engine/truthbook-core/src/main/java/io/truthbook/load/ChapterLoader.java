package io.truthbook.load;

import io.truthbook.model.Chapter;
import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.SourceText;
import io.truthbook.model.TextBytes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the chapters the book declares, refusing any path that leaves the repository. */
public final class ChapterLoader {
  public static final String RULE = "book.chapter";

  private ChapterLoader() {}

  /** The result: the chapters' text and a finding per chapter that could not be read. */
  public record Chapters(List<SourceText> texts, List<Finding> findings) {}

  public static Chapters load(Path root, List<Chapter> chapters, long maxBytes) {
    List<SourceText> texts = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (Chapter chapter : chapters) {
      String file = chapter.file().id();
      Path resolved = root.resolve(file).normalize();
      String problem = null;
      if (!resolved.startsWith(root.normalize())) {
        problem = "lies outside the repository";
      } else if (!Files.isRegularFile(resolved)) {
        problem = "does not exist";
      } else if (!RepositoryFiles.insideReal(root, resolved)) {
        problem = "is a link that leaves the repository";
      } else if (inGitFolder(root, resolved)) {
        problem = "lies in git's own folder .git/ (its config can hold credentials), not in the repository's content";
      } else if (size(resolved) > maxBytes) {
        problem = "is larger than " + maxBytes + " bytes";
      }
      if (problem != null) {
        findings.add(Finding.error(RULE, chapter.file().at(),
            "chapter '" + chapter.id() + "' file '" + file + "' " + problem,
            "create the file inside the repository, fix its path, or remove the chapter from the book manifest"));
        continue;
      }
      TextBytes text = TextBytes.of(read(resolved));
      if (text instanceof TextBytes.NotText not) {
        findings.add(Finding.error(RULE, Location.of(file.replace('\\', '/'), not.line(), not.column()),
            "chapter '" + chapter.id() + "' is not UTF-8 text: " + not.problem(),
            "save the chapter as UTF-8 text"));
        continue;
      }
      texts.add(new SourceText(file.replace('\\', '/'), text.asText().orElseThrow().lines().toList()));
    }
    return new Chapters(texts, findings);
  }

  /** True when the file, or what it links to, is under a {@code .git} folder of the repository. */
  private static boolean inGitFolder(Path root, Path file) {
    try {
      Path realRoot = root.toRealPath();
      return hasGitSegment(root.normalize().relativize(file)) || hasGitSegment(realRoot.relativize(file.toRealPath()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static boolean hasGitSegment(Path relative) {
    for (Path segment : relative) {
      if (segment.toString().equalsIgnoreCase(".git")) {
        return true;
      }
    }
    return false;
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static byte[] read(Path file) {
    try {
      return Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
