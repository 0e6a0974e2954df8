/**
 * Photos of problem reports, kept outside the event log: the checks of an upload (JPEG or PNG by content, size,
 * dimensions), the lossless removal of its metadata, the {@code report_photo} store, and its endpoints (upload, read,
 * erasure). The report's events hold only each photo's id and the SHA-256 of its stored bytes.
 */
package org.pointsbank.api.photo;
