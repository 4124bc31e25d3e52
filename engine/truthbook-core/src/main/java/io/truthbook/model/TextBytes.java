package io.truthbook.model;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Bytes read as UTF-8 text, or why they are not text: the line and column of the first byte that is
 * not UTF-8, or of the first NUL (a binary file). One reading for manifests and repository files.
 */
public sealed interface TextBytes permits TextBytes.Text, TextBytes.NotText {

  /** The bytes decoded, a leading byte order mark dropped. */
  record Text(String text) implements TextBytes {}

  /** Where the bytes stop being text (1-based), and what is there, in words. */
  record NotText(int line, int column, String problem) implements TextBytes {}

  /** Reads {@code bytes} as UTF-8 text with no NUL characters. */
  static TextBytes of(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    String decoded = out.flip().toString();
    if (decoded.startsWith("\uFEFF")) {
      decoded = decoded.substring(1);
    }
    if (result.isError()) {
      int[] at = position(decoded, decoded.length());
      return new NotText(at[0], at[1], String.format("invalid UTF-8 byte 0x%02x", bytes[in.position()] & 0xff));
    }
    int nul = decoded.indexOf('\0');
    if (nul >= 0) {
      int[] at = position(decoded, nul);
      return new NotText(at[0], at[1], "a NUL character: the file looks binary, not text");
    }
    return new Text(decoded);
  }

  /** The text, when the bytes are text. */
  default Optional<String> asText() {
    return this instanceof Text t ? Optional.of(t.text()) : Optional.empty();
  }

  private static int[] position(String text, int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }
}
