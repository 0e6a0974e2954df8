package org.pointsbank.ops.drill;

/**
 * A redemption the drill placed (201) and what finishing it was answered: {@code outcome} {@code FULFILLED} or
 * {@code CANCELLED} when the step was answered 200, else null (still held, until its hold runs out).
 */
record Placed(String redemptionId, int card, int points, String outcome) {}
