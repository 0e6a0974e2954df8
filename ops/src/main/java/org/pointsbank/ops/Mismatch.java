package org.pointsbank.ops;

/** The first event whose hash link does not verify, and why ({@code EDITED}, ...). */
record Mismatch(long position, String eventIdentifier, String problem) {}
