/**
 * Topology evidence: the services that Docker Compose files and Kubernetes manifests declare, with
 * their container ports, GPU requests, volumes and node hints, as {@link
 * io.truthbook.evidence.Evidence.ServiceSpec}s.
 *
 * <p>Both extractors read YAML through SnakeYAML's composer rather than its constructor, because only
 * the composed node tree keeps line numbers; anchors, merge keys and duplicate keys are therefore
 * resolved here ({@code YamlDocuments}). Compose files of one folder form one project and merge by
 * service name in a second, whole-repository step ({@link
 * io.truthbook.evidence.topology.ComposeProject#merge}).
 */
package io.truthbook.evidence.topology;
