package io.truthbook;

import io.truthbook.model.CheckResult;
import java.util.Optional;

/**
 * What {@code evidence} did: refused, with the findings that say why the source could not be read (or
 * the manifests' errors that leave its declaration unknown), or made the bundle: its text, how many
 * items of evidence it holds, the files read, the commit, and the extraction's findings it carries.
 */
public record EvidenceRun(CheckResult findings, Optional<String> bundle, int items, int filesRead,
    Optional<String> commit) {

  public boolean written() {
    return bundle.isPresent();
  }
}
