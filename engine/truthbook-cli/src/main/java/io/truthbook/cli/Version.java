package io.truthbook.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest. */
public final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {"truthbook " + io.truthbook.Truthbook.version()};
  }
}
