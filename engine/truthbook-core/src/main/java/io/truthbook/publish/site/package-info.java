/**
 * Puts the chaptered site's source on disk for the Maven Site plugin: one writer that builds the
 * folder beside its target and swaps it in whole, the static files (lunr from its webjar, the search
 * script, the style sheet), and the stamp read from the repository's {@code HEAD}.
 */
package io.truthbook.publish.site;
