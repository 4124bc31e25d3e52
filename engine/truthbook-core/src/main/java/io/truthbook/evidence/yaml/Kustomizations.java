package io.truthbook.evidence.yaml;

import io.truthbook.evidence.Evidence;
import io.truthbook.evidence.Extractor;
import io.truthbook.evidence.SourceFile;
import io.truthbook.model.Location;
import io.truthbook.model.Severity;
import io.truthbook.yaml.YamlNode;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the kustomizations of a source deploy. Where a folder (or one above it) holds a
 * {@code kustomization.yaml}, only the files some kustomization lists under {@code resources},
 * {@code bases} or {@code components} are applied; a folder named there is its own kustomization,
 * whose list counts too. A manifest left out (a Job forgotten in the list, a patch) is not deployed,
 * so it must not be reported as if it were.
 */
public final class Kustomizations {
  private static final Set<String> NAMES = Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");
  private static final List<String> LISTS = List.of("resources", "bases", "components");
  /** The rule of a manifest a kustomization leaves out. */
  public static final String UNLISTED = "evidence.unlisted";

  /** The folder of each kustomization ("" for the source's root), and where its file is. */
  private final Map<String, Location> folders;
  private final Set<String> listed;
  /** The kustomization folders that list each path, and the namespace each folder's kustomization sets. */
  private final Map<String, Set<String>> listers;
  private final Map<String, String> namespaces;

  private Kustomizations(Map<String, Location> folders, Set<String> listed, Map<String, Set<String>> listers,
      Map<String, String> namespaces) {
    this.folders = folders;
    this.listed = listed;
    this.listers = listers;
    this.namespaces = namespaces;
  }

  /** Reads the kustomizations among {@code files}; files a kustomization cannot parse list nothing. */
  public static Kustomizations of(List<SourceFile> files) {
    Map<String, Location> folders = new LinkedHashMap<>();
    Set<String> listed = new HashSet<>();
    Map<String, Set<String>> listers = new HashMap<>();
    Map<String, String> namespaces = new HashMap<>();
    for (SourceFile file : files) {
      if (!NAMES.contains(name(file.path()))) {
        continue;
      }
      String folder = parent(file.path());
      folders.put(folder, file.at(1, 1));
      listed.add(file.path());
      for (YamlNode document : YamlDocuments.read(file).documents()) {
        document.get("namespace").flatMap(YamlNode::text).ifPresent(namespace -> namespaces.put(folder, namespace));
        for (String list : LISTS) {
          for (YamlNode item : document.get(list).map(YamlNode::items).orElse(List.of())) {
            item.text().filter(entry -> !entry.contains("://")).map(entry -> resolve(folder, entry)).ifPresent(entry -> {
              listed.add(entry);
              listers.computeIfAbsent(entry, e -> new TreeSet<>()).add(folder);
            });
          }
        }
      }
    }
    return new Kustomizations(folders, listed, listers, namespaces);
  }

  /**
   * The kustomization that governs {@code path} and leaves it out, if any: empty when no kustomization
   * is above the file, or when one lists it.
   */
  public Optional<Location> leftOutBy(String path) {
    if (folders.isEmpty() || listed.contains(path)) {
      return Optional.empty();
    }
    for (String folder = parent(path); ; folder = parent(folder)) {
      if (folders.containsKey(folder)) {
        return Optional.of(folders.get(folder));
      }
      if (folder.isEmpty()) {
        return Optional.empty();
      }
    }
  }

  /**
   * The namespace the kustomizations give the objects of {@code path}: the {@code namespace} of the
   * outermost kustomization that sets one on the way from a kustomization the source deploys down to
   * the one listing the file (an overlay's namespace wins over its base's). Empty when none sets one, or
   * when overlays that list it set different ones; the objects keep the namespace they name then.
   */
  public Optional<String> namespace(String path) {
    Set<Optional<String>> found = new HashSet<>();
    listers.getOrDefault(path, Set.of()).forEach(folder -> found.addAll(namespaces(folder, new HashSet<>())));
    return found.size() == 1 ? found.iterator().next() : Optional.empty();
  }

  private Set<Optional<String>> namespaces(String folder, Set<String> seen) {
    Optional<String> own = Optional.ofNullable(namespaces.get(folder));
    Set<String> parents = listers.getOrDefault(folder, Set.of());
    if (parents.isEmpty() || !seen.add(folder)) {
      return Set.of(own);
    }
    Set<Optional<String>> found = new HashSet<>();
    for (String parent : parents) {
      namespaces(parent, seen).forEach(outer -> found.add(outer.or(() -> own)));
    }
    return found;
  }

  /**
   * Runs {@code extractor} on each file a kustomization deploys; a file one leaves out is not read, and
   * said as a note when {@code relevant} (it holds what the extractor reads), since it is not deployed.
   */
  public static Extractor.Result deployed(Extractor extractor, List<SourceFile> files,
      java.util.function.Predicate<SourceFile> relevant) {
    return deployed(files, relevant, (chosen, kustomizations) -> {
      List<Evidence> evidence = new java.util.ArrayList<>();
      List<Extractor.ExtractionProblem> problems = new java.util.ArrayList<>();
      for (SourceFile file : chosen) {
        Extractor.Result result = extractor.extract(file);
        evidence.addAll(result.evidence());
        problems.addAll(result.problems());
      }
      return new Extractor.Result(evidence, problems);
    });
  }

  /**
   * Hands the files a kustomization deploys to {@code read} all at once, for objects that refer to each
   * other across files (a Service to its workload, a claim to its volume); a file one leaves out is not
   * read, and said as a note when {@code relevant}. {@code read} is also given the kustomizations, for the
   * namespaces they set.
   */
  public static Extractor.Result deployed(List<SourceFile> files, java.util.function.Predicate<SourceFile> relevant,
      java.util.function.BiFunction<List<SourceFile>, Kustomizations, Extractor.Result> read) {
    Kustomizations kustomizations = of(files);
    List<SourceFile> chosen = new java.util.ArrayList<>();
    List<Extractor.ExtractionProblem> problems = new java.util.ArrayList<>();
    for (SourceFile file : files) {
      Optional<Location> leftOut = kustomizations.leftOutBy(file.path());
      if (leftOut.isEmpty()) {
        chosen.add(file);
      } else if (relevant.test(file)) {
        problems.add(Extractor.ExtractionProblem.unread(file.at(1, 1), UNLISTED, Severity.NOTE,
            "not listed by the kustomization at " + leftOut.get() + ", so not deployed; it was not read",
            "list it under that kustomization's 'resources' if it is deployed, or delete it"));
      }
    }
    Extractor.Result result = read.apply(chosen, kustomizations);
    problems.addAll(0, result.problems());
    return new Extractor.Result(result.evidence(), problems);
  }

  private static String name(String path) {
    return path.substring(path.lastIndexOf('/') + 1);
  }

  private static String parent(String path) {
    int slash = path.lastIndexOf('/');
    return slash < 0 ? "" : path.substring(0, slash);
  }

  /** {@code entry} relative to {@code folder}, with {@code .} and {@code ..} resolved and no trailing slash. */
  private static String resolve(String folder, String entry) {
    java.util.Deque<String> parts = new java.util.ArrayDeque<>();
    for (String part : ((folder.isEmpty() ? "" : folder + "/") + entry).split("/")) {
      if (part.isEmpty() || part.equals(".")) {
        continue;
      }
      if (part.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(part);
      }
    }
    return String.join("/", parts);
  }
}
