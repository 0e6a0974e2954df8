package org.pointsbank.ops;

/** The contract scripts rely on: 0 all good, 1 could not do it, 2 the answer is "discrepancy". */
final class ExitCodes {

    static final int OK = 0;
    static final int ERROR = 1;
    static final int DISCREPANCY = 2;

    private ExitCodes() {
    }
}
