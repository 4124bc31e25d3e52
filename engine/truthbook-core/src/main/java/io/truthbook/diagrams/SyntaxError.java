package io.truthbook.diagrams;

/** What PlantUML could not read: the 1-based line of the source it was given, and its message. */
public record SyntaxError(int line, String message) {}
