package org.pointsbank.ops.bench;

/** A card made by {@code bench seed}, and the station that issued it (and credits it). */
public record BenchCard(String cardId, String stationId) {}
