package io.truthbook.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * What the benchmark runs: the sizes ({@code velocity} is the repository itself, the others are
 * {@link Scale} profiles), the jar each cold check starts, where sizes are generated, and how often.
 */
public record BenchOptions(List<String> sizes, Path jar, Path root, Path work, int runs, long seed,
    Optional<Integer> drift, Optional<Path> ajv, String xmx, boolean regenerate, List<String> buildSizes,
    List<String> siteSizes, int buildTimeout, int serveEdits, boolean mavenVerify) {

  public static final List<String> ALL_SIZES = List.of("velocity", "1x", "10x", "100x");
  /** Converting the book takes minutes from 10x on (asciidoctor-pdf above all); these are measured by default. */
  public static final List<String> BUILD_SIZES = List.of("velocity", "1x");
  /** The options, one per line (a constant, so that a command's help can show it). */
  public static final String USAGE = ""
      + "usage: bench [--sizes velocity,1x,10x,100x] [--runs N] [--seed N] [--drift N] [--jar FILE]\n"
      + "             [--root DIR] [--work DIR] [--ajv SCRIPT|none] [--xmx SIZE] [--regenerate]\n"
      + "             [--build-sizes velocity,1x|none] [--site-sizes SIZES|none] [--build-timeout SECONDS]\n"
      + "             [--serve-edits N] [--maven-verify]\n"
      + "  --sizes       which sizes to measure, in order (default: all)\n"
      + "  --runs        check runs per size, each in a fresh JVM: the cold runs report their median, the\n"
      + "                in-process runs their fastest (default 3)\n"
      + "  --seed        seed of the synthetic truths (default 42); --drift: planted findings per kind (default 5)\n"
      + "  --jar         the CLI jar (truthbook.jar) every check starts; required\n"
      + "  --root        the repository root: the 'velocity' size, and the default of the next two (default .)\n"
      + "  --work        where sizes are generated (default ROOT/target/bench); a generation is reused while\n"
      + "                its seed, scale and generator version match, unless --regenerate\n"
      + "  --ajv         the ajv-cli comparison script (default ROOT/bench/ajv.sh; 'none' skips it)\n"
      + "  --xmx         heap limit of every child JVM (default 1g)\n"
      + "  --build-sizes the sizes whose build (book and diagrams) is timed cold and warm (default velocity,1x)\n"
      + "  --site-sizes  the sizes whose site source is written and weighed (default: every size)\n"
      + "  --build-timeout  seconds one build or site-src may take before it is stopped (default 600)\n"
      + "  --serve-edits chapter edits timed through 'truthbook serve' with the velocity size (default 5; 0 skips)\n"
      + "  --maven-verify  also time 'mvn -B -o -DskipTests verify' on a clean clone of ROOT's HEAD (minutes)";

  public BenchOptions {
    sizes = List.copyOf(sizes);
    for (String size : sizes) {
      if (!size.equals("velocity") && Scale.profile(size).isEmpty()) {
        throw new IllegalArgumentException("unknown size '" + size + "'; use " + String.join(", ", ALL_SIZES));
      }
    }
    if (runs < 1) {
      throw new IllegalArgumentException("--runs must be at least 1");
    }
    buildSizes = List.copyOf(buildSizes);
    siteSizes = List.copyOf(siteSizes);
    if (serveEdits < 0) {
      throw new IllegalArgumentException("--serve-edits must not be negative");
    }
    if (buildTimeout < 1) {
      throw new IllegalArgumentException("--build-timeout must be at least 1 second");
    }
  }

  /** Reads the command line; unknown flags and missing values are errors. */
  public static BenchOptions parse(String... args) {
    List<String> sizes = ALL_SIZES;
    Path root = Path.of(".").toAbsolutePath().normalize();
    Optional<Path> jar = Optional.empty();
    Optional<Path> work = Optional.empty();
    Optional<String> ajv = Optional.empty();
    Optional<Integer> drift = Optional.empty();
    int runs = 3;
    long seed = 42;
    String xmx = "1g";
    boolean regenerate = false;
    List<String> buildSizes = BUILD_SIZES;
    Optional<List<String>> siteSizes = Optional.empty();
    int buildTimeout = 600;
    int serveEdits = 5;
    boolean mavenVerify = false;
    List<String> rest = new ArrayList<>(Arrays.asList(args));
    while (!rest.isEmpty()) {
      String flag = rest.remove(0);
      if (flag.equals("--regenerate")) {
        regenerate = true;
        continue;
      }
      if (flag.equals("--maven-verify")) {
        mavenVerify = true;
        continue;
      }
      if (rest.isEmpty() || !flag.startsWith("--")) {
        throw new IllegalArgumentException((flag.startsWith("--") ? "missing value for " : "unexpected argument ")
            + flag + "\n" + USAGE);
      }
      String value = rest.remove(0);
      switch (flag) {
        case "--sizes" -> sizes = sizes(value);
        case "--build-sizes" -> buildSizes = sizes(value);
        case "--site-sizes" -> siteSizes = Optional.of(sizes(value));
        case "--build-timeout" -> buildTimeout = Integer.parseInt(value);
        case "--serve-edits" -> serveEdits = Integer.parseInt(value);
        case "--runs" -> runs = Integer.parseInt(value);
        case "--seed" -> seed = Long.parseLong(value);
        case "--drift" -> drift = Optional.of(Integer.parseInt(value));
        case "--jar" -> jar = Optional.of(Path.of(value));
        case "--root" -> root = Path.of(value).toAbsolutePath().normalize();
        case "--work" -> work = Optional.of(Path.of(value));
        case "--ajv" -> ajv = Optional.of(value);
        case "--xmx" -> xmx = value;
        default -> throw new IllegalArgumentException("unknown option " + flag + "\n" + USAGE);
      }
    }
    Optional<Path> script;
    if (ajv.isEmpty()) {
      script = Optional.of(root.resolve("bench/ajv.sh"));
    } else {
      script = ajv.get().equals("none") ? Optional.empty() : Optional.of(Path.of(ajv.get()));
    }
    return new BenchOptions(sizes, jar.orElseGet(BenchOptions::cliJarRequired).toAbsolutePath(), root,
        work.orElse(root.resolve("target/bench")).toAbsolutePath(), runs, seed, drift, script, xmx, regenerate,
        buildSizes, siteSizes.orElse(sizes), buildTimeout, serveEdits, mavenVerify);
  }

  /** A comma-separated list of sizes; {@code none} is the empty list. */
  private static List<String> sizes(String value) {
    return value.strip().equals("none") ? List.of()
        : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  /**
   * Where the benchmark's own classes were loaded from (its jar, or a classes folder): the children
   * that run inside the measured JVM ({@link BenchChild}, {@link PageRender}) need them beside the CLI jar.
   */
  public static Path ownClasses() {
    java.security.CodeSource source = BenchOptions.class.getProtectionDomain().getCodeSource();
    try {
      if (source != null) {
        return Path.of(source.getLocation().toURI());
      }
    } catch (java.net.URISyntaxException e) {
      // fall through: nothing to add
    }
    throw new IllegalStateException("cannot tell where the benchmark's classes were loaded from");
  }

  /**
   * The class-data-sharing archive the build writes beside the jar, when it is newer than the jar: the
   * JVM flags {@code ./truthbook} adds for it (none when there is no such archive).
   */
  public List<String> archiveFlags() {
    Path archive = jar.resolveSibling(jar.getFileName().toString().replaceFirst("\\.jar$", "") + ".jsa");
    try {
      if (java.nio.file.Files.isRegularFile(archive)
          && java.nio.file.Files.getLastModifiedTime(archive).compareTo(java.nio.file.Files.getLastModifiedTime(jar)) > 0) {
        return List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds*=off");
      }
    } catch (java.io.IOException e) {
      // no archive to use: the JVM starts without one
    }
    return List.of();
  }

  /**
   * The JVM flags {@code ./truthbook} starts the CLI with (its defaults, when {@code TRUTHBOOK_JAVA_OPTS} is
   * unset: the parallel collector, C1 only), plus the archive's: a build is measured as a user runs it.
   * C1 alone matters most to Asciidoctor, whose JRuby code C2 would otherwise compile at length.
   */
  public List<String> launcherFlags() {
    List<String> flags = new java.util.ArrayList<>(List.of("-XX:+UseParallelGC", "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=240m"));
    flags.addAll(archiveFlags());
    return List.copyOf(flags);
  }

  /** The class path of a child that runs benchmark code inside the CLI's JVM. */
  public String childClassPath() {
    return jar + java.io.File.pathSeparator + ownClasses();
  }

  private static Path cliJarRequired() {
    throw new IllegalArgumentException("give the CLI jar to measure with --jar FILE (./bench/run does)");
  }
}
