package io.truthbook.cli;

import picocli.CommandLine;

/** Reads the version from the jar manifest. */
public final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    String version = Main.class.getPackage().getImplementationVersion();
    return new String[] {"truthbook " + (version == null ? "(development build)" : version)};
  }
}
