/** Checks of published HTML: a page that would run script is not published. */
package io.truthbook.publish.html;
