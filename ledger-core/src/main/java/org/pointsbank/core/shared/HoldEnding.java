package org.pointsbank.core.shared;

/**
 * What a step that ends a redemption's hold found, on the card (its points) or on the gift (its stock): the answer
 * of the commands that redeem, hand over or release a hold, so that the process sending them can tell a step done
 * from a step that had nothing to do, and why.
 */
public enum HoldEnding {

    /** The hold was there and has ended now: its event is recorded. */
    ENDED,

    /** The hold had ended already, by an earlier step recorded in the log: a repeated step, rightly a no-op. */
    ALREADY_ENDED,

    /** Nothing was ever held here for this redemption: nothing to end, and not what the process expects. */
    NEVER_HELD
}
