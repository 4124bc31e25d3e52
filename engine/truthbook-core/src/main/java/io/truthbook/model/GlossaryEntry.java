package io.truthbook.model;

/** A term of the glossary. */
public record GlossaryEntry(String term, Location at, String definition) {}
