/**
 * YAML with locations for the extractors that read compose files and Kubernetes manifests: every
 * document of a file as a {@link io.truthbook.yaml.YamlNode} tree that knows where each
 * value is written, read through SnakeYAML's composer (its constructor drops line numbers) under
 * limits that stop alias bombs, deep nesting and huge inputs. Merge keys and duplicate keys are
 * resolved here; broken YAML is a problem at its mark, never an exception.
 */
package io.truthbook.evidence.yaml;
