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

  MemoryTree(Map<String, String> files) {
    this.files = new TreeMap<>(files);
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
    return Optional.empty();
  }

  @Override
  public Optional<Instant> commitTime() {
    return Optional.empty();
  }

  @Override
  public Map<String, ChangeStamp> lastChanged(Set<String> paths) {
    return Map.of();
  }

  @Override
  public void close() {}
}
