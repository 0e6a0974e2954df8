package org.pointsbank.core.certificate.api;

/** A confirmed commendation a certificate lists: the period ({@code 2026-11}), the station and the rank. */
public record Commendation(String period, String stationId, int rank) {}
