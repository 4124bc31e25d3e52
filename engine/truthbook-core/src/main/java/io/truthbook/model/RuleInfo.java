package io.truthbook.model;


/** What a rule id means: its default severity, a title, why it exists and how to fix it. */
public record RuleInfo(String id, Severity severity, String title, String description, String fix) {}
