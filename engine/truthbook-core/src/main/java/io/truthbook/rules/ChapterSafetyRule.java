package io.truthbook.rules;

import io.truthbook.model.Finding;
import io.truthbook.model.Location;
import io.truthbook.model.RawAsciiDoc;
import io.truthbook.model.RuleInfo;
import io.truthbook.model.Severity;
import io.truthbook.model.SourceText;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chapters are written by many hands and must stay text. The book is converted in Asciidoctor's
 * secure mode, where an {@code include::} directive is never processed: an include that points out of
 * the repository (an absolute path, a {@code ..} escape, a URL, or an attribute reference that could
 * be anything) is an error, since its author meant to pull in what the book must not show; any other
 * include is a warning, since its content will be missing. Secure mode does not stop raw HTML
 * (passthroughs, substitution overrides, script URLs, see {@link RawAsciiDoc}): the book shows it as
 * text, and the check reports it as an error.
 */
final class ChapterSafetyRule implements Rule {
  /** An include directive: at the start of a line, not escaped with a backslash. */
  private static final Pattern INCLUDE = Pattern.compile("^include::([^\\[]*)\\[");
  /** A block or inline image macro and its target. */
  private static final Pattern IMAGE = Pattern.compile("(?<![\\\\\\w])image::?([^\\[\\s]+)\\[");
  /** The attribute entry that sets where images are looked up. */
  private static final Pattern IMAGES_DIR = Pattern.compile("^:imagesdir:\\s*(.*?)\\s*$");

  static final RuleInfo OUTSIDE = new RuleInfo("chapter.include-outside", Severity.ERROR,
      "a chapter includes a file outside the repository",
      "Chapters may not pull in other files: the book is converted in secure mode, where include:: is never"
          + " processed, and a target that leaves the repository (an absolute path, '..', a URL or an attribute"
          + " reference) is refused outright.",
      "remove the include:: line and write the content into the chapter");
  static final RuleInfo INSIDE = new RuleInfo("chapter.include", Severity.WARNING,
      "a chapter has an include:: directive, which the book does not process",
      "The book is converted in secure mode, where include:: is never processed: the included text will be"
          + " missing (Asciidoctor shows a link in its place).",
      "write the content into the chapter, or make it a chapter of its own in the book manifest");

  static final RuleInfo RAW_HTML = new RuleInfo("chapter.raw-html", Severity.ERROR,
      "a chapter would emit raw HTML",
      "Asciidoctor's secure mode still lets passthroughs (+++, pass:[], ++++ blocks), attribute lists that drop"
          + " escaping ([pass], subs=none, -specialchars) and script URLs (javascript:) reach the HTML as markup;"
          + " the book and site show them as text instead.",
      "write the content as AsciiDoc (tables, admonitions, images) instead of raw HTML");

  static final RuleInfo IMAGE_OUTSIDE = new RuleInfo("chapter.image-outside", Severity.ERROR,
      "a chapter shows an image from outside the repository",
      "An image given by an absolute path, a file: URL or a '..' escape (or an :imagesdir: that points there)"
          + " names a file of whoever builds or reads the book, not of the repository: the PDF cannot embed it"
          + " and the HTML would point each reader at a file on their own machine.",
      "copy the image into the repository (next to the chapter, or into diagrams/) and refer to it by a relative"
          + " path");

  @Override
  public List<RuleInfo> reports() {
    return List.of(OUTSIDE, INSIDE, RAW_HTML, IMAGE_OUTSIDE);
  }

  @Override
  public List<Finding> check(TruthIndex index) {
    List<Finding> findings = new ArrayList<>();
    for (SourceText chapter : index.chapters()) {
      for (RawAsciiDoc.Hazard hazard : RawAsciiDoc.scan(chapter.lines())) {
        findings.add(Finding.error(RAW_HTML.id(), Location.of(chapter.file(), hazard.line(), hazard.column()),
            hazard.what() + "; the book shows it as text", RAW_HTML.fix()));
      }
      images(chapter, findings);
      for (int line = 0; line < chapter.lines().size(); line++) {
        Matcher include = INCLUDE.matcher(chapter.lines().get(line));
        if (!include.find()) {
          continue;
        }
        String target = include.group(1);
        Location at = Location.of(chapter.file(), line + 1, "include::".length() + 1);
        if (leaves(chapter.file(), target)) {
          findings.add(Finding.error(OUTSIDE.id(), at, "include of '" + target + "' leaves the repository;"
              + " chapters cannot include files", OUTSIDE.fix()));
        } else {
          findings.add(Finding.warning(INSIDE.id(), at, "include of '" + target + "' is not processed:"
              + " the book is converted in secure mode", INSIDE.fix()));
        }
      }
    }
    return findings;
  }

  /** Image targets (and image folders) that name a local file outside the repository. */
  private static void images(SourceText chapter, List<Finding> findings) {
    for (int line = 0; line < chapter.lines().size(); line++) {
      String text = chapter.lines().get(line);
      Matcher dir = IMAGES_DIR.matcher(text);
      if (dir.matches() && localOutside(chapter.file(), dir.group(1))) {
        findings.add(Finding.error(IMAGE_OUTSIDE.id(), Location.of(chapter.file(), line + 1, 1),
            "images are looked up in '" + dir.group(1) + "', outside the repository", IMAGE_OUTSIDE.fix()));
      }
      Matcher image = IMAGE.matcher(text);
      while (image.find()) {
        if (localOutside(chapter.file(), image.group(1))) {
          findings.add(Finding.error(IMAGE_OUTSIDE.id(), Location.of(chapter.file(), line + 1, image.start(1) + 1),
              "image '" + image.group(1) + "' lies outside the repository", IMAGE_OUTSIDE.fix()));
        }
      }
    }
  }

  /** A local path leaving the repository: absolute, {@code file:}, or {@code ..} past the root; URLs are not local. */
  private static boolean localOutside(String chapterFile, String target) {
    String lower = target.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("file:")) {
      return true;
    }
    if (lower.matches("^[a-z][a-z0-9+.-]*://.*") || lower.startsWith("data:") || target.contains("{")) {
      return false;
    }
    return leaves(chapterFile, target);
  }

  /** True when {@code target}, read from the chapter's folder, may name something outside the repository. */
  private static boolean leaves(String chapterFile, String target) {
    if (target.isBlank()) {
      return false;
    }
    if (target.contains("{") || target.contains("://") || target.startsWith("/")
        || target.startsWith("\\") || target.matches("(?i)^[a-z]:.*")) {
      return true;
    }
    try {
      Path folder = Path.of(chapterFile).getParent();
      Path resolved = (folder == null ? Path.of(target) : folder.resolve(target)).normalize();
      return resolved.isAbsolute() || resolved.startsWith("..");
    } catch (InvalidPathException e) {
      return true;
    }
  }
}
