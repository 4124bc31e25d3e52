package io.truthbook.evidence.ingress;

import io.truthbook.evidence.RepositoryExtractor;
import io.truthbook.evidence.SourceFile;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the routes nginx serves: one per server name and location, with the service its
 * {@code proxy_pass} reaches. One file alone resolves its own includes-free config; {@link
 * #extractAll} (the same as {@link NginxConfig#resolve}) follows includes and upstreams across files.
 */
public final class NginxExtractor implements RepositoryExtractor {
  private static final Set<String> CONFIG_FOLDERS = Set.of("nginx", "sites-enabled", "conf.d");
  /** Files that share a config folder with nginx config but are certainly not config. */
  private static final Set<String> NOT_CONFIG = Set.of("pem", "crt", "key", "csr", "der", "p12", "html", "htm",
      "js", "mjs", "css", "map", "json", "yml", "yaml", "md", "txt", "sh", "py", "png", "jpg", "jpeg", "gif",
      "svg", "ico", "webp", "woff", "woff2", "ttf", "gz", "zip", "lua", "dockerfile");

  @Override
  public String name() {
    return NginxRoutes.SOURCE;
  }

  @Override
  public boolean supports(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    String name = lower.substring(lower.lastIndexOf('/') + 1);
    if (name.endsWith(".conf") || name.endsWith(".conf.template")) {
      return true;
    }
    String[] folders = lower.split("/");
    boolean inConfigFolder = false;
    for (int i = 0; i < folders.length - 1; i++) {
      inConfigFolder |= CONFIG_FOLDERS.contains(folders[i]);
    }
    int dot = name.lastIndexOf('.');
    String extension = dot >= 0 ? name.substring(dot + 1) : "";
    return inConfigFolder && !NOT_CONFIG.contains(extension) && !name.equals("dockerfile")
        && !name.startsWith(".");
  }

  @Override
  public Result extract(SourceFile file) {
    return NginxConfig.resolve(List.of(file));
  }

  @Override
  public Result extractAll(List<SourceFile> files) {
    return NginxConfig.resolve(files);
  }
}
