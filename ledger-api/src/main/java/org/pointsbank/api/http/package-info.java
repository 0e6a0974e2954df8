/**
 * What every feature's web layer shares: problem+json mapping, filters, sending commands with their metadata, CSV
 * streaming, database failures; names no feature.
 */
package org.pointsbank.api.http;
