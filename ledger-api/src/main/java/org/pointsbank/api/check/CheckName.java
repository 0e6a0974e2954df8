package org.pointsbank.api.check;

/** The nightly checks, by the {@code check} tag they are exported under and stored as. */
public enum CheckName {
    /** The event log against its hash chain ({@code ChainVerifier}). */
    CHAIN("chain"),
    /** Every card's balance and held points against the log ({@code BalanceReconciler}). */
    RECONCILIATION("reconciliation");

    private final String tag;

    CheckName(String tag) {
        this.tag = tag;
    }

    public String tag() {
        return tag;
    }
}
