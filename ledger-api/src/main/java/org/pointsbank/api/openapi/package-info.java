/**
 * The API's description as springdoc serves it at {@code /v3/api-docs}: its front matter, one tag per feature, the
 * sign-in schemes, the problem document and the refusals each operation can answer, and example requests. Features
 * name their tag and their particular refusal codes from here; this package names no feature.
 */
package org.pointsbank.api.openapi;
