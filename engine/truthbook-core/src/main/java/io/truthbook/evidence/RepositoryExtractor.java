package io.truthbook.evidence;

import java.util.List;

/**
 * An extractor whose evidence needs more than one file: routers joined by include prefixes across
 * modules, nginx includes and upstreams, compose override files. The collector hands it every
 * file it selected at once.
 */
public interface RepositoryExtractor extends Extractor {

  Result extractAll(List<SourceFile> files);
}
