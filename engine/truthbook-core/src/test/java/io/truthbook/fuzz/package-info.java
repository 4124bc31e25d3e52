/**
 * Jazzer fuzz tests: one {@code @FuzzTest} per class, for the manifest pipeline (load, schema,
 * rules) and for each evidence extractor family. A plain {@code mvn test} replays each test's seeds
 * ({@code src/test/resources/io/truthbook/fuzz/<Test>Inputs/<method>/}) and any crash saved there;
 * {@code JAZZER_FUZZ=1} fuzzes instead, for the {@code maxDuration} the annotation gives, which is
 * the test's share of the CI budget ({@code .ci/fuzz}, {@code docs/fuzzing.md}).
 */
package io.truthbook.fuzz;
