package io.truthbook.model;

import java.util.Optional;

/** An older document whose claims are reconciled (the Sprint 1 fact table, handoffs). */
public record ClaimDocument(String id, Location at, String title, String date, Optional<String> path) {}
