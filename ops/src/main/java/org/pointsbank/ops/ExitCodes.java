package org.pointsbank.ops;

/** What scripts may rely on: 0 all good, 1 could not do it, 2 the answer is "discrepancy". */
public final class ExitCodes {

    public static final int OK = 0;
    public static final int ERROR = 1;
    public static final int DISCREPANCY = 2;

    private ExitCodes() {}
}
