/**
 * Topology evidence: the services that Docker Compose files and Kubernetes manifests declare, with
 * their container ports, GPU requests, volumes and node hints, as {@link
 * io.truthbook.evidence.Evidence.ServiceSpec}s.
 *
 * <p>Both extractors read YAML with locations through {@link
 * io.truthbook.evidence.yaml.YamlDocuments}. Compose files of one folder form one project and merge
 * by service name in a second, whole-repository step ({@link
 * io.truthbook.evidence.topology.ComposeProject#merge}).
 */
package io.truthbook.evidence.topology;
