package io.truthbook.load;

import io.truthbook.model.Chapter;
import io.truthbook.model.Finding;
import io.truthbook.model.SourceText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
      } else if (size(resolved) > maxBytes) {
        problem = "is larger than " + maxBytes + " bytes";
      }
      if (problem != null) {
        findings.add(Finding.error(RULE, chapter.file().at(),
            "chapter '" + chapter.id() + "' file '" + file + "' " + problem,
            "create the file inside the repository, fix its path, or remove the chapter from the book manifest"));
        continue;
      }
      texts.add(new SourceText(file.replace('\\', '/'), read(resolved).lines().toList()));
    }
    return new Chapters(texts, findings);
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  private static String read(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE)
          .decode(java.nio.ByteBuffer.wrap(bytes))
          .toString();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
