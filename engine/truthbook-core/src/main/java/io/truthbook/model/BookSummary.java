package io.truthbook.model;

/** What the platform is, in a few sentences of the book manifest: the site's landing page opens with it. */
public record BookSummary(String text, Location at) {}
