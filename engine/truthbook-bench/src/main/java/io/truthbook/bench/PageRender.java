package io.truthbook.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.asciidoctor.Asciidoctor;
import org.asciidoctor.Options;
import org.asciidoctor.SafeMode;

/**
 * {@code java -cp truthbook.jar io.truthbook.bench.PageRender OUT PAGE.adoc...}: converts site source
 * pages to HTML as the site's body (Asciidoctor's html5 backend, embedded, SECURE), so the benchmark
 * can weigh the largest pages without building the whole Maven site. The site skin adds its menu.
 */
public final class PageRender {
  private PageRender() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: PageRender OUT PAGE.adoc...");
    }
    Path out = Files.createDirectories(Path.of(args[0]));
    try (Asciidoctor asciidoctor = Asciidoctor.Factory.create()) {
      for (int i = 1; i < args.length; i++) {
        Path page = Path.of(args[i]);
        Options options = Options.builder().safe(SafeMode.SECURE).standalone(false).toFile(false)
            .baseDir(page.toAbsolutePath().getParent().toFile()).build();
        String html = asciidoctor.convert(Files.readString(page, StandardCharsets.UTF_8), options);
        String name = page.getFileName().toString().replaceFirst("\\.adoc$", "") + ".html";
        try {
          Files.writeString(out.resolve(name), html, StandardCharsets.UTF_8);
        } catch (IOException e) {
          throw new UncheckedIOException("cannot write " + out.resolve(name), e);
        }
      }
    }
  }
}
