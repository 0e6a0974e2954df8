/**
 * The certificate read model: each certificate of volunteer service, the entries it counted and whether it is still
 * valid (no counted entry reversed since).
 */
package org.pointsbank.projections.certificate;
