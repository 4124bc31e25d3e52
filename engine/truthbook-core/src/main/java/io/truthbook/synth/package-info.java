/**
 * Synthetic client graphs from the brief ({@code kind: synthetic}): {@link io.truthbook.synth.BriefPlan}
 * resolves the brief against the truth's tables (what fills each column, and every reason it cannot),
 * {@link io.truthbook.synth.GraphMaker} makes the rows, deterministically from a seed, and
 * {@link io.truthbook.synth.SynthWriter} writes them (CSV per table, JSON Lines graph, manifests).
 */
package io.truthbook.synth;
