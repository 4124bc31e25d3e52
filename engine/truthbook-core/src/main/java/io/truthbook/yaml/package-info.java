/**
 * The YAML tree with locations that every stage shares: {@link io.truthbook.yaml.YamlNode}. It depends
 * only on the model; the readers that build it keep their own policies (limits, merge keys, several
 * documents, what is a problem) in the stage that reads the YAML.
 */
package io.truthbook.yaml;
