package io.truthbook.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** A tree of text files in memory, for collector tests. */
final class MemoryTree implements RepositoryTree {
  private final Map<String, String> files;
  private final Optional<String> commit;
  private final Map<String, ChangeStamp> history;
  /** How many times the history was walked. */
  int walks;

  MemoryTree(Map<String, String> files) {
    this(files, Optional.empty());
  }

  /** The files as read at {@code commit}. */
  MemoryTree(Map<String, String> files, Optional<String> commit) {
    this(files, commit, Map.of());
  }

  /** The same, each file of {@code history} last changed by its stamp. */
  MemoryTree(Map<String, String> files, Optional<String> commit, Map<String, ChangeStamp> history) {
    this.files = new TreeMap<>(files);
    this.commit = commit;
    this.history = history;
  }

  /** A digest of the content stands in for git's blob id: the same content, the same id. */
  @Override
  public Optional<String> blobId(String file) {
    return Optional.of(io.truthbook.disk.ContentCache.key(files.get(file)));
  }

  @Override
  public List<String> files() {
    return List.copyOf(files.keySet());
  }

  @Override
  public List<String> links() {
    return List.of();
  }

  @Override
  public long size(String file) {
    return read(file).length;
  }

  @Override
  public byte[] read(String file) {
    return files.get(file).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public String displayPath(String file) {
    return file;
  }

  @Override
  public Optional<String> commit() {
    return commit;
  }

  @Override
  public Optional<Instant> commitTime() {
    return Optional.empty();
  }

  @Override
  public Map<String, ChangeStamp> lastChanged(Set<String> paths) {
    walks++;
    Map<String, ChangeStamp> stamps = new TreeMap<>();
    paths.stream().filter(history::containsKey).forEach(p -> stamps.put(p, history.get(p)));
    return stamps;
  }

  @Override
  public void close() {}
}
