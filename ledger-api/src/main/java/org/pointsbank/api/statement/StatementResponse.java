package org.pointsbank.api.statement;

import java.util.List;

/** A page of a card's statement; {@code nextCursor} is null on the last page. */
public record StatementResponse(String cardId, List<StatementLineResponse> entries, String nextCursor) {}
