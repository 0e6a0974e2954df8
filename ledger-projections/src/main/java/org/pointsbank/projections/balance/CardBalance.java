package org.pointsbank.projections.balance;

import java.time.Instant;

/** A card as the balance read model knows it. {@code available} is the balance less reservations. */
public record CardBalance(
        String cardId,
        String stationId,
        String status,
        long balance,
        long available,
        long lifetimeEarned,
        long volunteerMinutes,
        long studyMinutes,
        Instant issuedAt) {}
