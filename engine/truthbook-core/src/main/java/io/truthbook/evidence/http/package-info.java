/**
 * HTTP route evidence: extractors that find the routes a product serves in FastAPI/Flask, Express
 * and Spring code and in OpenAPI documents.
 *
 * <p>Code extractors tokenize instead of matching regular expressions over whole files, so that
 * comments, strings and docstrings never count as routes and time stays linear in the input. Python
 * and Express mount routers in other files than the ones declaring the routes, so their extractors
 * also implement {@link io.truthbook.evidence.http.CrossFileExtractor}: {@code extract} sees one
 * file (a router's own prefix only), {@code resolve} sees the repository and joins prefixes along
 * {@code include_router} / {@code app.use} edges.
 */
package io.truthbook.evidence.http;
