package io.truthbook.evidence.bundle;

import io.truthbook.evidence.EvidenceCollector;
import io.truthbook.model.Finding;
import io.truthbook.model.Source;
import java.util.List;
import java.util.Optional;

/**
 * The evidence of one source at one commit as a file: what {@code truthbook evidence} writes in the
 * product's CI and the check reads in place of the repository. Deterministic JSON, versioned by {@link
 * #VERSION}: a header (the source, its folder in its repository, the commit, the engine that extracted,
 * the recipe: extractors, globs, declared variables, subdir and ref), then the files' last changes, the extraction's
 * findings and the evidence, one item per line. Places are relative to the source folder, and a
 * finding about the source's own declaration names it ({@code "manifest": "source"} or the extractor's
 * index), so that the reading check prints every place exactly as it would have reading the repository.
 */
public final class EvidenceBundle {
  public static final String FORMAT = "truthbook-evidence-bundle";
  public static final int VERSION = 1;

  private EvidenceBundle() {}

  /**
   * The bundle of {@code collected}, read through {@code source} whose files the collector printed under
   * {@code prefix}; {@code folder} is the source folder in its repository ({@code ""} or ending in '/').
   */
  public static String write(EvidenceCollector.Collected collected, Source source, String prefix, String folder,
      String engine) {
    return BundleWriter.write(collected, source, prefix, folder, engine);
  }

  /** What a read gave: the evidence, unless the bundle could not be used, and the findings about the bundle. */
  public record Read(Optional<EvidenceCollector.Collected> collected, Optional<String> folder, List<Finding> findings) {
    public Read {
      findings = List.copyOf(findings);
    }
  }

  /**
   * Reads a bundle for {@code source}: its places printed under {@code prefix}, its findings about the
   * source's declaration placed there. {@code file} is the bundle as findings name it. A bundle that is not
   * JSON, not a bundle, of an unknown version or of another source is an error finding and no evidence;
   * one made by another recipe (extractors, globs, variables, subdir, ref) than the source states now is a warning, one
   * made by another engine version a note.
   */
  public static Read read(byte[] bytes, String file, Source source, String prefix, String engine) {
    return BundleReader.read(bytes, file, source, prefix, engine);
  }
}
