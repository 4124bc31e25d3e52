package io.truthbook.load;

import io.truthbook.model.Finding;
import java.util.List;
import java.util.Optional;

/** The outcome of reading one manifest: its text lines, its tree if it parsed, and findings. */
public record LoadedFile(
    String file, List<String> lines, Optional<Manifest> manifest, List<Finding> findings) {
  public LoadedFile {
    lines = List.copyOf(lines);
    findings = List.copyOf(findings);
  }
}
