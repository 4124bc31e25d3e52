/**
 * What Docker Compose files mean, whichever evidence is read from them: {@link
 * io.truthbook.evidence.compose.ComposeVariables} interpolates {@code ${VAR:-default}} as compose
 * would without an environment. Services and ports are read in {@code topology}, Traefik labels in
 * {@code ingress}.
 */
package io.truthbook.evidence.compose;
