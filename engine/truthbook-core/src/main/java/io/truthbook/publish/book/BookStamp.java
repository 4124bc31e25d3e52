package io.truthbook.publish.book;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * What a complete book was built from: a digest of its inputs (the AsciiDoc, the files beside it, the
 * date and the tool that converted them) and what Asciidoctor reported while converting them. It is
 * written into the staging folder after the HTML and PDF, so it only ever lies beside a whole book;
 * an equal digest means converting again would write the same book, and the build can skip it.
 */
record BookStamp(String digest, List<String> messages) {
  static final String FILE = ".book-stamp";
  /** Raise when what the converter writes changes without the tool's jar changing. */
  private static final String FORMAT = "truthbook-book-2";
  private static final String HEADER = "truthbook book stamp";

  BookStamp {
    messages = List.copyOf(messages);
  }

  /** The digest of everything the book's bytes depend on. */
  static String digest(BookInput input) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      field(sha, FORMAT);
      field(sha, tool());
      field(sha, input.date().toString());
      field(sha, input.asciidoc());
      if (!input.pdfAsciidoc().equals(input.asciidoc())) {
        // a PDF of its own text (the reference left to the HTML page); a whole book's digest is as before
        field(sha, "pdf");
        field(sha, input.pdfAsciidoc());
      }
      List<BookFile> files = new ArrayList<>(input.files());
      files.sort(Comparator.comparing(BookFile::name));
      for (BookFile file : files) {
        field(sha, file.name());
        field(sha, file.content());
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("this Java has no SHA-256", e);
    }
  }

  /** Whether {@code folder} holds the stamp of a whole book, whatever it was built from. */
  static boolean present(Path folder) {
    return Files.isRegularFile(folder.resolve(FILE), LinkOption.NOFOLLOW_LINKS);
  }

  /** The stamp of the book in {@code folder}, when it holds a whole book with every file of {@code input}. */
  static Optional<BookStamp> read(Path folder, BookInput input) {
    List<String> required = new ArrayList<>(List.of(BookBuilder.ASCIIDOC, BookBuilder.HTML, BookBuilder.PDF));
    input.files().forEach(f -> required.add(f.name()));
    for (String name : required) {
      if (!Files.isRegularFile(folder.resolve(name), LinkOption.NOFOLLOW_LINKS)) {
        return Optional.empty();
      }
    }
    try {
      List<String> lines = Files.readAllLines(folder.resolve(FILE), StandardCharsets.UTF_8);
      if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
        return Optional.empty();
      }
      return Optional.of(new BookStamp(lines.get(1), lines.subList(2, lines.size()).stream().map(BookStamp::unescape)
          .toList()));
    } catch (IOException e) {
      // no stamp, or one that cannot be read: the book is built again
      return Optional.empty();
    }
  }

  void write(Path folder) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n').append(digest).append('\n');
    messages.forEach(m -> text.append(escape(m)).append('\n'));
    Files.writeString(folder.resolve(FILE), text, StandardCharsets.UTF_8);
  }

  /** Length-prefixed, so that no two different inputs run together into the same bytes. */
  private static void field(MessageDigest sha, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    sha.update((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
    sha.update(bytes);
  }

  /**
   * The converting code: its version and, when it runs from a jar, that jar's size and time, so a
   * rebuilt tool converts again even before its version number moves.
   */
  private static String tool() {
    String version = String.valueOf(BookStamp.class.getPackage().getImplementationVersion());
    CodeSource source = BookStamp.class.getProtectionDomain().getCodeSource();
    try {
      Path location = source == null ? null : Path.of(source.getLocation().toURI());
      if (location != null && Files.isRegularFile(location)) {
        return version + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // the version alone identifies the tool
    }
    return version;
  }

  /** One message per line: backslashes and line breaks escaped. */
  private static String escape(String message) {
    return message.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n");
  }

  private static String unescape(String line) {
    StringBuilder out = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '\\' && i + 1 < line.length()) {
        char next = line.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
