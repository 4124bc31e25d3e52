package io.truthbook.model;

import java.util.Optional;

/** A sales-readiness criterion from the seed, optionally tied to a gate. */
public record Readiness(String id, Location at, String statement, Optional<Ref> gate) {}
