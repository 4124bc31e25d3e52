package io.truthbook.kinds;

import io.truthbook.load.LoadLimits;
import io.truthbook.load.LoadedFile;
import io.truthbook.load.Manifest;
import io.truthbook.load.RepositoryFiles;
import io.truthbook.load.YamlLoader;
import io.truthbook.model.Finding;
import io.truthbook.model.ManifestKind;
import io.truthbook.model.Truth;
import io.truthbook.schema.SchemaValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.function.BiConsumer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The one load loop: reads a set of manifest files into the {@link Truth} (load, schema, map), for
 * the facade's check and for every commit the history reads. Invalid manifests are left out and
 * their kind marked incomplete. Parses are cached by a content key, so a file unchanged across many
 * commits is parsed once.
 */
public final class ManifestReader {
  private final LoadLimits limits;
  private final YamlLoader loader;
  private final SchemaValidator schemas;
  private final Map<String, Parsed> cache = new HashMap<>();

  /** Receives the wall time each stage took ({@code load}, {@code schema}), in nanoseconds. */
  private final BiConsumer<String, Long> timings;

  public ManifestReader(LoadLimits limits) {
    this(limits, (stage, nanos) -> { }, new SchemaValidator());
  }

  /** A reader whose schema verdicts come from {@code schemas} (one {@link SchemaValidator#cachedIn} a truth). */
  public ManifestReader(LoadLimits limits, BiConsumer<String, Long> timings, SchemaValidator schemas) {
    this.limits = limits;
    this.loader = new YamlLoader(limits);
    this.timings = timings;
    this.schemas = schemas;
  }

  /**
   * One manifest file to read: its path as findings show it, its size, its bytes, and a name for those
   * bytes when one is known without reading them (the path and its git blob id, or its settled stat data:
   * {@link io.truthbook.disk.FileIdentity}): parses and schema verdicts are kept under it.
   */
  public record Source(String file, long size, Supplier<byte[]> bytes, Optional<String> cacheKey) {}

  /**
   * The truth the files state, the load and schema findings they produced, each file's lines (for
   * findings to quote), and how many files were read.
   */
  public record Loaded(Truth truth, List<Finding> findings, Map<String, List<String>> sources, int manifestCount) {
    public Loaded {
      findings = List.copyOf(findings);
      sources = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sources));
    }

    /** The same, with findings found before reading (the folder's) listed first. */
    public Loaded withFirst(List<Finding> earlier) {
      List<Finding> all = new ArrayList<>(earlier);
      all.addAll(findings);
      return new Loaded(truth, all, sources, manifestCount);
    }
  }

  private record Parsed(LoadedFile loaded, List<Finding> schemaFindings) {}

  /** Reads the {@code manifests/} folder of a working tree under {@code root}. */
  public static Loaded readFolder(Path root, LoadLimits limits) {
    Path folder = root.resolve(RepositoryFiles.MANIFESTS);
    if (!Files.isSymbolicLink(folder) && !Files.isDirectory(folder)) {
      throw new UncheckedIOException(new IOException("no 'manifests' folder in " + root));
    }
    RepositoryFiles.Listing listing = RepositoryFiles.manifests(root);
    List<Source> sources = new ArrayList<>();
    for (Path path : listing.files()) {
      sources.add(new Source(RepositoryFiles.relative(root, path), size(path), () -> bytes(path), Optional.empty()));
    }
    return new ManifestReader(limits).read(sources).withFirst(listing.findings());
  }

  /** Reads the files in the order given (callers sort them, as the facade does). */
  public Loaded read(List<Source> files) {
    List<Finding> findings = new ArrayList<>();
    Map<String, List<String>> lines = new LinkedHashMap<>();
    List<Manifest> valid = new ArrayList<>();
    Set<ManifestKind> present = EnumSet.noneOf(ManifestKind.class);
    Set<ManifestKind> incomplete = EnumSet.noneOf(ManifestKind.class);
    List<Parsed> parses = parse(files);
    for (int i = 0; i < files.size(); i++) {
      Source source = files.get(i);
      Parsed parsed = parses.get(i);
      LoadedFile loaded = parsed.loaded();
      lines.put(source.file(), loaded.lines());
      findings.addAll(loaded.findings());
      findings.addAll(parsed.schemaFindings());
      if (loaded.manifest().isEmpty()) {
        boolean unreadableContent = loaded.findings().stream()
            .anyMatch(f -> f.ruleId().startsWith("yaml.") && !f.ruleId().equals("yaml.encoding")
                || f.ruleId().startsWith("limit."));
        loaded.declaredKind().ifPresentOrElse(incomplete::add, () -> {
          if (unreadableContent) {
            incomplete.addAll(EnumSet.allOf(ManifestKind.class));
          }
        });
        loaded.declaredKind().ifPresent(present::add);
        continue;
      }
      Manifest manifest = loaded.manifest().get();
      present.add(manifest.kind());
      if (parsed.schemaFindings().isEmpty()) {
        valid.add(manifest);
      } else {
        incomplete.add(manifest.kind());
      }
    }
    return new Loaded(TruthMapper.map(valid, present, incomplete), findings, lines, files.size());
  }

  /**
   * Each file loaded (on every core, kept in order), then the manifests' schema verdicts (from the cache,
   * the others validated on every core); files seen before under the same key are not read again.
   */
  private List<Parsed> parse(List<Source> files) {
    long start = System.nanoTime();
    List<Parsed> parses = new ArrayList<>(files.size());
    List<Integer> unseen = new ArrayList<>();
    for (Source source : files) {
      Optional<Parsed> seen = source.cacheKey().map(cache::get);
      if (seen.isEmpty()) {
        unseen.add(parses.size());
      }
      parses.add(seen.orElse(null));
    }
    // each file is read and parsed alone, so on every core; toList keeps the files' order
    List<Fresh> fresh = unseen.parallelStream().map(index -> {
      Source source = files.get(index);
      boolean tooLarge = source.size() > limits.maxManifestBytes();
      byte[] bytes = tooLarge ? new byte[0] : source.bytes().get();
      LoadedFile loaded = tooLarge ? loader.tooLarge(source.file(), source.size()) : loader.load(source.file(), bytes);
      return new Fresh(index, loaded, bytes);
    }).toList();
    fresh.forEach(f -> parses.set(f.index(), new Parsed(f.loaded(), List.of())));
    long loadedAt = System.nanoTime();
    timings.accept("load", loadedAt - start);
    List<Fresh> manifests = fresh.stream().filter(f -> f.loaded().manifest().isPresent()).toList();
    List<List<Finding>> verdicts = schemas.validate(manifests.stream()
        .map(f -> new SchemaValidator.Input(f.loaded().manifest().get(), f.bytes(), files.get(f.index()).cacheKey()))
        .toList());
    Iterator<List<Finding>> next = verdicts.iterator();
    for (Fresh f : fresh) {
      Parsed parsed = new Parsed(f.loaded(), f.loaded().manifest().isPresent() ? next.next() : List.of());
      parses.set(f.index(), parsed);
      files.get(f.index()).cacheKey().ifPresent(key -> cache.put(key, parsed));
    }
    timings.accept("schema", System.nanoTime() - loadedAt);
    return parses;
  }

  /** A file loaded in this read, at its index among the files, waiting for its schema verdict. */
  private record Fresh(int index, LoadedFile loaded, byte[] bytes) {}

  private static long size(Path path) {
    try {
      return Files.size(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  private static byte[] bytes(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }
}
