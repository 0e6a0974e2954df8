package org.pointsbank.core.report.api;

/** A verifier's verdict on a resolution: {@code CONFIRMED} verifies it; {@code NOT_FIXED} sends it back. */
public enum Verdict {
    CONFIRMED,
    NOT_FIXED
}
