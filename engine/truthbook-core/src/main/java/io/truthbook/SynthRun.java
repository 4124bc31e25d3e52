package io.truthbook;

import io.truthbook.model.CheckResult;
import io.truthbook.synth.SynthWriter;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What {@code synth} did: refused, with the findings of the check the brief depends on (load, schema and
 * the {@code synth.*} rules), or wrote the graphs into {@code folder}.
 */
public record SynthRun(CheckResult refusals, Optional<SynthWriter.Summary> summary, Path folder) {

  public boolean written() {
    return summary.isPresent();
  }
}
