package io.truthbook.evidence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The files of one source at one revision (or in the working tree), relative to the source folder. */
public interface RepositoryTree extends AutoCloseable {

  /** Every regular file, sorted, relative to the source folder with forward slashes. */
  List<String> files();

  /** The file's size in bytes. */
  long size(String file);

  byte[] read(String file);

  /** The path of a file as findings print it: relative to the truth's root where possible. */
  String displayPath(String file);

  /** The commit read, or empty for a working tree. */
  Optional<String> commit();

  /** When that commit was made. */
  Optional<Instant> commitTime();

  @Override
  void close();
}
