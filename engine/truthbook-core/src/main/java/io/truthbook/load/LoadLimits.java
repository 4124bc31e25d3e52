package io.truthbook.load;

/**
 * Bounds that stop hostile manifests (huge files, alias bombs, deep nesting) before they cost
 * memory or time. The defaults fit real projects; each can be raised from the command line.
 */
public record LoadLimits(long maxManifestBytes, int maxAliases, int maxDepth, int maxNodes) {

  public static final LoadLimits DEFAULTS = new LoadLimits(1024L * 1024, 200, 64, 500_000);

  public LoadLimits {
    if (maxManifestBytes <= 0 || maxAliases < 0 || maxDepth <= 0 || maxNodes <= 0) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }
}
