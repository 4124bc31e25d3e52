package io.truthbook;

import io.truthbook.load.ChapterLoader;
import io.truthbook.load.LoadLimits;
import io.truthbook.model.PdfReference;
import io.truthbook.model.SourceText;
import io.truthbook.model.Truth;
import io.truthbook.publish.book.BookBuilder;
import io.truthbook.publish.book.BookFile;
import io.truthbook.publish.book.BookInput;
import io.truthbook.publish.book.BookOutput;
import io.truthbook.publish.book.PublishException;
import io.truthbook.publish.diagram.DiagramCache;
import io.truthbook.publish.diagram.DiagramRenderer;
import io.truthbook.diagrams.HandWrittenDiagrams;
import io.truthbook.publish.diagram.RenderReport;
import io.truthbook.publish.site.SitePublisher;
import io.truthbook.publish.site.SiteSourceWriter;
import io.truthbook.render.book.BookAssembler;
import io.truthbook.render.book.BookSource;
import io.truthbook.render.book.ChapterText;
import io.truthbook.render.book.Diagram;
import io.truthbook.render.book.Stamp;
import io.truthbook.render.book.Verification;
import io.truthbook.render.diagram.DiagramSet;
import io.truthbook.render.diagram.DiagramSource;
import io.truthbook.render.site.SiteContent;
import io.truthbook.render.site.SiteDiagram;
import io.truthbook.render.site.SiteFile;
import io.truthbook.render.site.SiteInput;
import io.truthbook.render.site.SitePage;
import io.truthbook.render.site.SiteSource;
import io.truthbook.gates.RequiredReviewers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The publish stages: diagrams, the book (HTML, PDF), the site source and the published site. */
final class Publishing {
  private final Path root;
  private final LoadLimits limits;
  private final Truthbook truthbook;

  Publishing(Path root, LoadLimits limits, Truthbook truthbook) {
    this.root = root;
    this.limits = limits;
    this.truthbook = truthbook;
  }

  /** Renders the generated and hand-written diagrams into outDir as SVG plus source, through the cache. */
  RenderReport diagrams(Path outDir, Path cacheDir) {
    return render(diagramSources(truthbook.truth()), outDir, cacheDir);
  }

  private List<DiagramSource> diagramSources(Truth truth) {
    List<DiagramSource> all = new ArrayList<>(DiagramSet.generate(truth));
    // the example graph only of a brief that can be followed: check reports the others
    io.truthbook.synth.BriefPlan.of(truth).filter(plan -> plan.problems().isEmpty())
        .ifPresent(plan -> all.add(io.truthbook.render.diagram.SynthExampleDiagram.of(
            io.truthbook.synth.Example.of(plan))));
    HandWrittenDiagrams.load(root).stream().filter(d -> !DiagramSet.reserves(d.id())).forEach(all::add);
    return all;
  }

  private static RenderReport render(List<DiagramSource> diagrams, Path outDir, Path cacheDir) {
    try {
      return DiagramRenderer.renderAll(diagrams, outDir, new DiagramCache(cacheDir));
    } catch (UncheckedIOException e) {
      throw new TruthbookException("I/O error: " + e.getMessage(), e);
    }
  }

  /**
   * The book stage: renders the diagrams (through the cache), assembles chapters and reference into
   * one AsciiDoc document and publishes it as HTML and PDF into {@code outDir/book}. Asciidoctor is
   * booted once by {@code builder}, and not at all when the book of the same inputs is already there
   * (nothing changed). {@code audit} is the check it is built after: its matrix, gates and evidence fill the
   * reference, and a failed check marks every page DRAFT.
   */
  Built build(Path outDir, Audit audit, BookBuilder builder, PdfReference pdfReference,
      java.util.function.Consumer<String> done) {
    boolean draft = !audit.result().passed();
    Truth truth = truthbook.truth();
    Stamp stamp = truthbook.stamp();
    Path diagramsDir = outDir.resolve("diagrams");
    List<DiagramSource> sources = diagramSources(truth);
    RenderReport rendered = render(sources, diagramsDir, outDir.resolve("diagram-cache"));
    done.accept("diagrams");
    List<Diagram> diagrams = new ArrayList<>();
    List<BookFile> files = new ArrayList<>();
    for (DiagramSource diagram : sources) {
      Path svg = diagramsDir.resolve(diagram.id() + ".svg");
      if (Files.isRegularFile(svg)) {
        diagrams.add(new Diagram(diagram.id(), diagram.title(), diagram.caption(), diagram.alt(), diagram.id() + ".svg",
            diagram.id() + ".puml"));
        files.add(new BookFile(diagram.id() + ".svg", Faults.wrapIo(() -> readString(svg))));
        files.add(new BookFile(diagram.id() + ".puml", diagram.source()));
      }
    }
    var texts = ChapterLoader.load(root, truth.chapters(), limits.maxManifestBytes()).texts();
    BookSource source = new BookSource(truth, ChapterText.pair(truth.chapters(), texts), stamp, draft,
        diagrams, Truthbook.rules().all()).withMatrix(audit.matrix())
        .withReviewers(RequiredReviewers.ofEach(truth)).withVerification(verified(audit));
    String book = BookAssembler.assemble(source);
    String pdf = pdfReference == PdfReference.LINKED ? BookAssembler.withLinkedReference(source, book, BookBuilder.HTML) : book;
    try {
      BookOutput output = builder.build(new BookInput(book, pdf, stamp.date(), files), outDir.resolve("book"));
      done.accept("book");
      return new Built(output, rendered, builder.boots());
    } catch (PublishException e) {
      throw new TruthbookException(e.getMessage(), e);
    }
  }

  /**
   * Writes the Maven site source of the chaptered book (pages, menu, diagrams, search index) into
   * {@code outDir}, replaced whole, its diagrams rendered through {@code cacheDir}. {@code audit} is the
   * check it is published after: its matrix fills the reconciliation chapter, and a failed check marks
   * every page DRAFT.
   */
  SiteWritten siteSource(Path outDir, Path cacheDir, Audit audit, Optional<Built> built) {
    boolean draft = !audit.result().passed();
    SiteContent content = siteContent(audit, built);
    AtomicReference<RenderReport> rendered = new AtomicReference<>();
    Path written = SiteSourceWriter.write(content, outDir,
        folder -> rendered.set(diagrams(folder, cacheDir)));
    long chapters = content.pages().stream()
        .filter(p -> p.kind() == SitePage.Kind.CHAPTER).count();
    return new SiteWritten(written, content.pages().size(), chapters, content.entries().size(), rendered.get(), draft);
  }

  /**
   * The site's pages, menu, search index and files in memory, after {@code audit} (a failed check marks
   * every page DRAFT), serving the book {@code built} beside them when there is one.
   */
  SiteContent siteContent(Audit audit, Optional<Built> built) {
    return siteContent(audit, built, siteDiagrams(audit.truth()));
  }

  /** The same, with the diagrams the site lists given (a preview keeps them while only chapters change). */
  SiteContent siteContent(Audit audit, Optional<Built> built, List<SiteDiagram> diagrams) {
    boolean draft = !audit.result().passed();
    Truth truth = audit.truth();
    List<SourceText> texts = ChapterLoader.load(root, truth.chapters(), limits.maxManifestBytes()).texts();
    BookSource book = new BookSource(truth, ChapterText.pair(truth.chapters(), texts),
        truthbook.stamp(), draft, List.of(), Truthbook.rules().all()).withMatrix(audit.matrix())
        .withReviewers(RequiredReviewers.ofEach(truth)).withVerification(verified(audit));
    return SiteSource.render(
        new SiteInput(book, diagrams, Optional.of(audit.matrix()), built.map(Publishing::bookFiles).orElse(List.of())));
  }

  /** The diagrams the site of {@code truth} lists: the generated ones and the hand-written ones. */
  List<SiteDiagram> siteDiagrams(Truth truth) {
    return diagramSources(truth).stream().map(SiteDiagram::of).toList();
  }

  /** What the check verified, as the reference shows it: each gate's state, each entity's evidence. */
  private static Verification verified(Audit audit) {
    return new Verification(audit.gates().gates(), audit.evidence());
  }

  /**
   * The built book as files the site serves under {@code book/}: the one-page HTML, the PDF and the
   * diagrams the HTML shows (its {@code .svg} neighbours).
   */
  private static List<SiteFile> bookFiles(Built built) {
    BookOutput book = built.book();
    try {
      List<Path> files = new ArrayList<>(List.of(book.html(), book.pdf()));
      try (var listing = Files.list(book.folder())) {
        listing.filter(p -> p.getFileName().toString().endsWith(".svg")).sorted().forEach(files::add);
      }
      List<SiteFile> out = new ArrayList<>();
      for (Path file : files) {
        String path = file.equals(book.html()) ? SiteFile.BOOK_HTML
            : file.equals(book.pdf()) ? SiteFile.BOOK_PDF : "book/" + file.getFileName();
        out.add(new SiteFile(path, Files.readAllBytes(file)));
      }
      return out;
    } catch (IOException e) {
      throw new TruthbookException("cannot read the built book in " + book.folder() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Moves a site the Maven Site plugin rendered into {@code from} in place of {@code to}, whole, every
   * page dated with the truth's commit; returns the number of pages, or empty when nothing was rendered.
   */
  Optional<Integer> publishSite(Path from, Path to) {
    if (!Files.isDirectory(from)) {
      return Optional.empty();
    }
    return Optional.of(SitePublisher.publish(from, to, truthbook.stamp().date()));
  }

  private static String readString(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
