/**
 * The certificate pages: a volunteer's {@code /me/certificates} and a desk's {@code /desk/cards/{cardId}/certificates}
 * (list, issue for a period, download the PDF). They live under {@code pages} so that they may use the pages' shared
 * parts (form keys, refusals), which a feature may not name; every figure and rule is {@code api.certificate}'s.
 */
package org.pointsbank.api.pages.certificate;
