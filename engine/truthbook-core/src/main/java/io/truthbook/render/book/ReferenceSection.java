package io.truthbook.render.book;

/** One chapter of the generated reference: turns a part of the truth into AsciiDoc. */
interface ReferenceSection {
  void write(ReferenceContext context, AsciiDocWriter out);
}
