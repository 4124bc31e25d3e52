/**
 * Ingress evidence: the routes a reverse proxy serves — host, path, match kind and the service it
 * passes to — read from nginx config, Traefik labels in compose files, Caddyfiles and Kubernetes
 * Ingress / Gateway API HTTPRoute manifests.
 *
 * <p>nginx and Caddy configs are tokenized by hand, following each server's own lexical rules, so
 * comments and quoted strings never count as structure and any input takes linear time. YAML is read
 * with locations and hard limits by {@link io.truthbook.evidence.yaml.YamlDocuments}. nginx spreads
 * one config over many files ({@code include}, {@code upstream} blocks), so {@link
 * io.truthbook.evidence.ingress.NginxConfig#resolve} reads a whole repository at once.
 */
package io.truthbook.evidence.ingress;
