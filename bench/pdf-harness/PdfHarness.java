package io.truthbook.publish.book;

import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * The PDF alone, cold (BENCHMARKS.md, "Session 11: the PDF's cost"): boots the book's converter as a build
 * does, converts one {@code book.adoc} (from a build's {@code OUT/book}, next to its diagrams) to PDF, and
 * prints the process CPU (every thread: the converting one, the JIT's, GC) and wall time of the start and
 * of the conversion, and the converting thread's own CPU. One conversion per JVM. Not part of the build:
 *
 * <pre>
 * javac -d /tmp/h -cp engine/truthbook-cli/target/truthbook.jar bench/pdf-harness/PdfHarness.java
 * java -XX:+UseParallelGC -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m \
 *   -cp /tmp/h:engine/truthbook-cli/target/truthbook.jar io.truthbook.publish.book.PdfHarness \
 *   OUT/book/book.adoc OUT/book/harness.pdf
 * </pre>
 *
 * <p>{@code -Dharness.forBook=true}: the book's converter ({@code AsciidoctorConverter.forBook()}, which
 * loads asciidoctor-pdf while it starts); otherwise the page converter, which loads it on the first PDF, as
 * the book's did before session 11. {@code -Dharness.preload=true}: times that load on its own between the two.
 * {@code -Dharness.themesdir=DIR}: the PDF theme {@code DIR/truthbook-theme.yml} instead of the jar's.
 */
public final class PdfHarness {
  public static void main(String[] args) throws Exception {
    Path adoc = Path.of(args[0]).toAbsolutePath();
    Path out = Path.of(args[1]).toAbsolutePath();
    String text = Files.readString(adoc);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    var threads = ManagementFactory.getThreadMXBean();
    long wall0 = System.nanoTime();
    long cpu0 = os.getProcessCpuTime();
    try (AsciidoctorConverter converter = Boolean.getBoolean("harness.forBook")
        ? AsciidoctorConverter.forBook() : new AsciidoctorConverter()) {
      long wall1 = System.nanoTime();
      long cpu1 = os.getProcessCpuTime();
      System.out.printf("start: %.2f s cpu %.2f s wall; ", (cpu1 - cpu0) / 1e9, (wall1 - wall0) / 1e9);
      String themes = System.getProperty("harness.themesdir");
      if (themes != null) {
        themesField().set(converter, Path.of(themes));
      }
      if (Boolean.getBoolean("harness.preload")) {
        converter.asciidoctor.requireLibrary("asciidoctor-pdf");
        long wall = System.nanoTime();
        long cpu = os.getProcessCpuTime();
        System.out.printf("preload: %.2f s cpu %.2f s wall; ", (cpu - cpu1) / 1e9, (wall - wall1) / 1e9);
        wall1 = wall;
        cpu1 = cpu;
      }
      long thread1 = threads.getCurrentThreadCpuTime();
      converter.pdf(text, LocalDate.parse("2026-12-06"), adoc.getParent(), out);
      long wall2 = System.nanoTime();
      long cpu2 = os.getProcessCpuTime();
      long thread2 = threads.getCurrentThreadCpuTime();
      System.out.printf("pdf: %.2f s cpu (thread %.2f s) %.2f s wall; %d bytes%n",
          (cpu2 - cpu1) / 1e9, (thread2 - thread1) / 1e9, (wall2 - wall1) / 1e9, Files.size(out));
      converter.drainMessages().forEach(System.out::println);
      if (themes != null) {
        themesField().set(converter, null); // closing would delete the given theme folder
      }
    }
  }

  private static Field themesField() throws NoSuchFieldException {
    Field field = AsciidoctorConverter.class.getDeclaredField("themes");
    field.setAccessible(true);
    return field;
  }
}
