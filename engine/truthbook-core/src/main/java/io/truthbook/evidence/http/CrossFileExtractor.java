package io.truthbook.evidence.http;

import io.truthbook.evidence.RepositoryExtractor;
import io.truthbook.evidence.SourceFile;
import java.util.List;

/**
 * An extractor whose evidence depends on other files: a router declared in one file is mounted
 * under a prefix in another. {@link #extract} still works file by file (routes carry only what the
 * file itself says); {@link #resolve} sees every file of a repository and joins the prefixes.
 */
public interface CrossFileExtractor extends RepositoryExtractor {

  /**
   * The evidence of a whole repository: every supported file among {@code files} is read, and
   * routes get the prefixes of every router that mounts theirs. Unsupported files are ignored.
   * The result replaces, not adds to, the per-file results of the same files.
   */
  Result resolve(List<SourceFile> files);

  @Override
  default Result extractAll(List<SourceFile> files) {
    return resolve(files);
  }
}
