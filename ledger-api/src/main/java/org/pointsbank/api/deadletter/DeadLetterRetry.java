package org.pointsbank.api.deadletter;

/** The outcome of retrying a processor's parked events: how many there were, how many are parked still. */
public record DeadLetterRetry(String processor, long retried, long stillParked) {}
