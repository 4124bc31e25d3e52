package io.truthbook.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the start of an export says about its encoding: a byte order mark (skipped, and for UTF-16 it
 * decides), and whether the bytes are UTF-8, with a guess of what they are when not. Only the first
 * {@value #PROBE} bytes are read, so a huge file costs nothing; invalid bytes later on decode as U+FFFD
 * and the cell holding them is refused.
 */
record FileEncoding(int bomLength, Optional<Charset> bomCharset, boolean utf8, Optional<String> guess) {
  static final int PROBE = 64 * 1024;

  static FileEncoding probe(Path file) throws IOException {
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(PROBE);
    }
    if (starts(head, 0xEF, 0xBB, 0xBF)) {
      return new FileEncoding(3, Optional.of(StandardCharsets.UTF_8), valid(head, 3, head.length), Optional.empty());
    }
    if (starts(head, 0xFF, 0xFE)) {
      return new FileEncoding(2, Optional.of(StandardCharsets.UTF_16LE), false, Optional.of("UTF-16LE"));
    }
    if (starts(head, 0xFE, 0xFF)) {
      return new FileEncoding(2, Optional.of(StandardCharsets.UTF_16BE), false, Optional.of("UTF-16BE"));
    }
    if (valid(head, 0, head.length)) {
      return new FileEncoding(0, Optional.empty(), true, Optional.empty());
    }
    return new FileEncoding(0, Optional.empty(), false, Optional.of(guess(head)));
  }

  /** The charset to read with: a byte order mark's, else the profile's declared one. */
  Charset charset(Charset declared) {
    return bomCharset.orElse(declared);
  }

  private static boolean starts(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether the bytes are UTF-8; a sequence cut off by the end of the probe counts as valid. */
  private static boolean valid(byte[] bytes, int from, int to) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    int end = to;
    // drop up to 3 trailing bytes of a sequence the probe may have cut
    for (int back = 1; back <= 3 && end - back >= from; back++) {
      int b = bytes[end - back] & 0xFF;
      if (b >= 0xC0) {
        end -= back;
        break;
      }
      if (b < 0x80) {
        break;
      }
    }
    try {
      decoder.decode(ByteBuffer.wrap(Arrays.copyOfRange(bytes, from, end)));
      return true;
    } catch (CharacterCodingException e) {
      return false;
    }
  }

  /**
   * A guess of a single-byte encoding: bytes 0x80 to 0x9F are printable only in windows-1252 (curly
   * quotes, the euro sign), control characters in ISO-8859-1; NUL bytes every other byte mean UTF-16.
   */
  private static String guess(byte[] bytes) {
    int nul = 0;
    boolean c1 = false;
    for (byte b : bytes) {
      int v = b & 0xFF;
      nul += v == 0 ? 1 : 0;
      c1 |= v >= 0x80 && v <= 0x9F;
    }
    if (nul > bytes.length / 4) {
      return "UTF-16";
    }
    return c1 ? "windows-1252" : "ISO-8859-1";
  }
}
