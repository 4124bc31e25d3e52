package io.truthbook.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The book and site part of the report: build cold and warm, the site's pages, and their targets. */
final class BuildReport {
  /** Issue 9: a build with nothing changed costs at most this share of a cold build. */
  static final double WARM_SHARE = 0.15;
  /** Issue 9: no page of the site over 5 MB. */
  static final long PAGE_BYTES = 5L * 1000 * 1000;

  private final BenchOptions options;
  private final List<SizeFigures> sizes;

  BuildReport(BenchOptions options, List<SizeFigures> sizes) {
    this.options = options;
    this.sizes = List.copyOf(sizes);
  }

  void print(PrintStream out) {
    out.printf("%nbuild (java -Xmx%s %s -jar truthbook.jar build --allow-drift: ./truthbook's JVM flags, fresh JVMs;"
        + " cold: empty output folder and diagram cache; warm: the same again, nothing changed; JRuby: whether any"
        + " org.jruby class was loaded)%n", options.xmx(), String.join(" ", options.launcherFlags()));
    out.printf("  %-9s %9s %8s %9s | %9s %8s %9s %-10s | %6s %6s | %-9s | %9s %9s%n", "size", "cold", "cpu", "diagrams",
        "warm", "cpu", "rendered", "book", "warm %", "cpu %", "JRuby c/w", "html", "pdf");
    for (SizeFigures s : sizes) {
      if (s.build().isEmpty()) {
        out.printf("  %-9s not measured (--build-sizes %s)%n", s.size(), String.join(",", options.buildSizes()));
        continue;
      }
      SizeFigures.BuildFigures b = s.build().get();
      if (!b.cold().finished()) {
        out.printf("  %-9s cold build stopped after %s s (--build-timeout %d): not measured%n", s.size(),
            BenchReport.seconds(b.cold().wallNanos()), options.buildTimeout());
        continue;
      }
      SizeFigures.BuildRun cold = b.cold();
      SizeFigures.BuildRun warm = b.warm().orElseThrow();
      out.printf(Locale.ROOT, "  %-9s %8ss %7ss %4d (%2d) | %8ss %7ss %9d %-10s | %5.1f%% %6s | %-9s | %8.2fM %8.2fM%n",
          s.size(), BenchReport.seconds(cold.wallNanos()), cpu(cold), cold.diagrams(), cold.rendered(),
          BenchReport.seconds(warm.wallNanos()), cpu(warm), warm.rendered(), warm.converted() ? "converted" : "up to date",
          b.warmShare().orElse(0.0) * 100,
          b.warmCpuShare().map(c -> String.format(Locale.ROOT, "%.1f%%", c * 100)).orElse("-"),
          (cold.jruby() ? "yes" : "no") + " / " + (warm.jruby() ? "yes" : "no"), b.htmlBytes() / 1e6, b.pdfBytes() / 1e6);
    }
    out.println("  diagrams: written (rendered by PlantUML, the others from the cache); warm % = warm wall / cold wall;"
        + " cpu % = the same for CPU time");
    growth(out);
    site(out);
  }

  private void growth(PrintStream out) {
    List<SizeFigures> built = sizes.stream().filter(s -> s.scale().isPresent())
        .filter(s -> s.build().filter(b -> b.cold().finished()).isPresent()).toList();
    for (int i = 1; i < built.size(); i++) {
      SizeFigures from = built.get(i - 1);
      SizeFigures to = built.get(i);
      out.printf(Locale.ROOT, "  growth %s -> %s: build cold %.1fx, warm %.1fx%n", from.size(), to.size(),
          BenchReport.ratio(to, from, s -> s.build().get().cold().wallNanos()),
          BenchReport.ratio(to, from, s -> s.build().get().warm().orElseThrow().wallNanos()));
    }
  }

  private void site(PrintStream out) {
    out.println("\nsite source (java -jar truthbook.jar site-src --allow-drift; the largest pages rendered to HTML by"
        + " Asciidoctor, html5 embedded, as the site's body):");
    out.printf("  %-9s %9s %6s  %-28s %9s %9s | %12s %8s%n", "size", "site-src", "pages", "largest page", "AsciiDoc",
        "HTML", "search index", "entries");
    for (SizeFigures s : sizes) {
      if (s.site().isEmpty()) {
        out.printf("  %-9s not measured (--site-sizes %s)%n", s.size(), String.join(",", options.siteSizes()));
        continue;
      }
      SizeFigures.SiteFigures site = s.site().get();
      out.printf(Locale.ROOT, "  %-9s %8ss %6d  %-28s %8.2fM %9s | %11.2fM %8d%n", s.size(),
          BenchReport.seconds(site.wallNanos()), site.pages(), site.largestPage(), site.largestSourceBytes() / 1e6,
          site.largestHtmlBytes().isPresent() ? String.format(Locale.ROOT, "%.2fM", site.largestHtmlBytes().getAsLong() / 1e6)
              : "-", site.searchIndexBytes() / 1e6, site.searchEntries());
    }
    out.println("  the search index is not loaded with a page: search.js fetches it, and lunr, on the first keystroke");
  }

  /** The targets of the book and the site; adds a line for each and returns each result. */
  List<Boolean> targets(PrintStream out, Optional<Boolean> checkLoadsJRuby) {
    List<Boolean> results = new ArrayList<>();
    for (SizeFigures s : sizes) {
      Optional<SizeFigures.BuildFigures> build = s.build();
      if (build.isPresent() && build.get().warmShare().isPresent()) {
        SizeFigures.BuildFigures b = build.get();
        double share = b.warmShare().get();
        results.add(BenchReport.target(out, "build with nothing changed <= 15 % of a cold build (" + s.size() + ")",
            String.format(Locale.ROOT, "%.1f %% (%s s of %s s; CPU time %s)", share * 100,
                BenchReport.seconds(b.warm().get().wallNanos()), BenchReport.seconds(b.cold().wallNanos()),
                b.warmCpuShare().map(c -> String.format(Locale.ROOT, "%.1f %%", c * 100)).orElse("unknown")),
            share <= WARM_SHARE));
        SizeFigures.BuildRun warm = b.warm().get();
        boolean lazy = b.cold().jruby() && !warm.jruby() && !warm.converted() && warm.rendered() == 0;
        results.add(BenchReport.target(out, "Asciidoctor boots only to convert the book, once for HTML and PDF ("
            + s.size() + ")", "cold: JRuby " + (b.cold().jruby() ? "loaded" : "not loaded") + "; warm: JRuby "
            + (warm.jruby() ? "loaded" : "not loaded") + ", book " + (warm.converted() ? "converted" : "up to date")
            + ", " + warm.rendered() + " diagram(s) rendered", lazy));
      } else if (build.isPresent()) {
        out.printf("  [ -- ] build of %s: the cold build did not finish within %d s%n", s.size(), options.buildTimeout());
      }
    }
    checkLoadsJRuby.ifPresent(loaded -> results.add(BenchReport.target(out,
        "check never boots JRuby (" + sizes.get(0).size() + ", class-load log of a fresh JVM)",
        loaded ? "org.jruby.Ruby was loaded" : "no org.jruby.Ruby loaded", !loaded)));
    for (SizeFigures s : sizes) {
      s.site().ifPresent(site -> {
        long largest = Math.max(site.largestSourceBytes(), site.largestHtmlBytes().orElse(0));
        results.add(BenchReport.target(out, "no site page over 5 MB (" + s.size() + ")", String.format(Locale.ROOT,
            "largest %s, %.2f MB AsciiDoc%s", site.largestPage(), site.largestSourceBytes() / 1e6,
            site.largestHtmlBytes().isPresent()
                ? String.format(Locale.ROOT, ", %.2f MB HTML", site.largestHtmlBytes().getAsLong() / 1e6) : ""),
            largest <= PAGE_BYTES));
      });
    }
    return results;
  }

  private static String cpu(SizeFigures.BuildRun run) {
    return run.cpuNanos() < 0 ? "-" : BenchReport.seconds(run.cpuNanos());
  }
}
