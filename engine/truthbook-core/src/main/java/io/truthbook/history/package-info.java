/**
 * The truth over time: the manifests read at any commit of the repository that holds them, and a
 * canonical, location-free view of the truth's entities that can be digested and diffed.
 */
package io.truthbook.history;
