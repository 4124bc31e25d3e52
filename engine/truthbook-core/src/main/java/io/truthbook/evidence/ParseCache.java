package io.truthbook.evidence;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a one-file extractor found in a file, kept across runs by the file's git blob id, so that a
 * commit that changes ten files re-parses ten files. A cache only ever saves work: an entry it cannot
 * read is a miss, and a cache it cannot write is simply not kept.
 */
public interface ParseCache {

  /**
   * A file as its result depends on it: its content (the blob id), its path in the source (extractors
   * read names, such as a migration's order), and where its findings are printed, at which commit.
   */
  record Parsed(String blob, String file, String display, Optional<String> commit) {}

  /** The extractor's result for the file from an earlier run, placed at this file and commit. */
  Optional<Extractor.Result> find(String extractor, Parsed file);

  /** Keeps the extractor's result for the file; called from the extractors' threads. */
  void keep(String extractor, Parsed file, Extractor.Result result);

  /** Writes what this run found and kept, once, after every source was read. */
  void save();

  /**
   * The commits that last changed these files (printed paths, in order) as of {@code commit}, from an earlier
   * run: the history below a commit never changes, and walking it is most of a small product's evidence stage.
   */
  default Optional<Map<String, ChangeStamp>> stamps(String commit, List<String> files) {
    return Optional.empty();
  }

  /** Keeps the stamps the history gave for these files as of {@code commit}. */
  default void keepStamps(String commit, List<String> files, Map<String, ChangeStamp> stamps) {}

  /** No cache: every file is parsed. */
  static ParseCache none() {
    return new ParseCache() {
      @Override
      public Optional<Extractor.Result> find(String extractor, Parsed file) {
        return Optional.empty();
      }

      @Override
      public void keep(String extractor, Parsed file, Extractor.Result result) {}

      @Override
      public void save() {}
    };
  }
}
