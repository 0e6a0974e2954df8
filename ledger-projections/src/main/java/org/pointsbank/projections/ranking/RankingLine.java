package org.pointsbank.projections.ranking;

/** A card's place in one standings list: rank shared by ties, points of the category, minutes of both kinds. */
public record RankingLine(int rank, String cardId, long points, long volunteerMinutes, long studyMinutes) {}
