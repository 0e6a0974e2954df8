package org.pointsbank.core.gift;

import java.time.YearMonth;

/** Stock held for one open redemption: by which card, how much, counted in which month. */
record GiftHold(String cardId, int quantity, YearMonth month) {}
