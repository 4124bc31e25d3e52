package io.truthbook.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The files of one source at one revision (or in the working tree), relative to the source folder. */
public interface RepositoryTree extends AutoCloseable {

  /** Every regular file, sorted, relative to the source folder with forward slashes. */
  List<String> files();

  /**
   * Every symbolic link, sorted, as {@link #files()} names files. Links are never followed (a link
   * out of the repository must not be read); they are listed so that a selected one can be reported.
   */
  List<String> links();

  /** The file's size in bytes. */
  long size(String file);

  byte[] read(String file);

  /**
   * The file's git blob id, which names its content: empty where the tree does not know it without
   * reading the file (a working tree), and then parses are not cached.
   */
  default Optional<String> blobId(String file) {
    return Optional.empty();
  }

  /** The path of a file as findings print it: relative to the truth's root where possible. */
  String displayPath(String file);

  /** The commit read, or empty for a working tree. */
  Optional<String> commit();

  /** When that commit was made. */
  Optional<Instant> commitTime();

  /**
   * For each of {@code files}, the commit that last changed it (newest first walk of the history);
   * empty for a working tree. Keys are the files as given.
   */
  java.util.Map<String, ChangeStamp> lastChanged(java.util.Set<String> files);

  @Override
  void close();
}
