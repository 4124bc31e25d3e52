/**
 * A new truth for a repository ({@code truthbook init}): the starter files, check-clean as written, and a
 * truth drafted from the product's evidence ({@link io.truthbook.adopt.NewTruth#drafted}) so that the first
 * check passes and every later change of the code is drift. It returns text; the facade writes it.
 */
package io.truthbook.adopt;
