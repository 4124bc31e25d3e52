/**
 * The chaptered site of the truth book as Maven site source text, in memory: a page per chapter cut
 * from the assembled book (so the same {@code truth:} links and anchors as the single-page book), a
 * page per reference area, the site descriptor with the menu in book order, and the search index.
 *
 * <p>Manifest text reaches the pages only through the book's escaper
 * ({@link io.truthbook.render.book.AsciiDocText}), the descriptor only XML-escaped, and the search
 * index only as JSON strings with {@code < > &} escaped; nothing here touches the disk.
 */
package io.truthbook.render.site;
