package io.truthbook.load;

import io.truthbook.model.ManifestKind;
import io.truthbook.yaml.YamlNode;

/** One parsed manifest file: its repository-relative path, its kind and its YAML tree. */
public record Manifest(String file, ManifestKind kind, YamlNode.Mapping root) {}
