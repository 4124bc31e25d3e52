package io.truthbook.load;

import io.truthbook.model.Finding;
import java.util.List;
import io.truthbook.model.ManifestKind;
import java.util.Optional;

/**
 * The outcome of reading one manifest: its text lines, its tree if it parsed, and findings. {@code
 * declaredKind} is the kind its text names even when it did not parse, so that a broken manifest
 * silences only references into its own kind.
 */
public record LoadedFile(String file, List<String> lines, Optional<Manifest> manifest, List<Finding> findings,
    Optional<ManifestKind> declaredKind) {
  public LoadedFile {
    lines = List.copyOf(lines);
    findings = List.copyOf(findings);
  }
}
