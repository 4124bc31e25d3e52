package io.truthbook.model;

/** A hand-written chapter of the book, in book order. */
public record Chapter(String id, Location at, Ref file, String title, Ref owner) {}
