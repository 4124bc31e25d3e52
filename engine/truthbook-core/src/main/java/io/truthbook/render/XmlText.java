package io.truthbook.render;

/**
 * Makes any text safe for XML 1.0 character data: characters XML cannot carry, and the control
 * characters it allows but discourages (DEL and the C1 controls, XML 1.0 section 2.2), become U+FFFD.
 */
final class XmlText {
  private XmlText() {}

  static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(cp -> {
      boolean allowed = cp == 0x9 || cp == 0xA || cp == 0xD
          || (cp >= 0x20 && cp < 0x7F) || (cp > 0x9F && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
          || (cp >= 0x10000 && cp <= 0x10FFFF);
      out.appendCodePoint(allowed ? cp : 0xFFFD);
    });
    return out.toString();
  }
}
