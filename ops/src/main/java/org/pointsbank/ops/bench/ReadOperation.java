package org.pointsbank.ops.bench;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Reads a card picked by the skewed distribution: {@code read}, {@code GET /api/v1/cards/{cardId}} (with
 * credentials), or {@code baseline-read}, {@code GET /bench/baseline/cards/{cardId}} (without). 200 is success.
 */
public final class ReadOperation implements Operation {

    private final BenchHttp http;
    private final List<BenchCard> cards;
    private final ZipfPicker picker;
    private final String pathPrefix;

    private ReadOperation(BenchHttp http, List<BenchCard> cards, ZipfPicker picker, String pathPrefix) {
        this.http = http;
        this.cards = cards;
        this.picker = picker;
        this.pathPrefix = pathPrefix;
    }

    public static ReadOperation ledger(BenchHttp http, List<BenchCard> cards, ZipfPicker picker) {
        return new ReadOperation(http, cards, picker, "/api/v1/cards/");
    }

    public static ReadOperation baseline(BenchHttp http, List<BenchCard> cards, ZipfPicker picker) {
        return new ReadOperation(http, cards, picker, "/bench/baseline/cards/");
    }

    @Override
    public Outcome call(long sequence) throws InterruptedException {
        BenchCard card = cards.get(picker.pick(ThreadLocalRandom.current()));
        try {
            HttpAnswer answer = http.get(pathPrefix + card.cardId());
            return answer.status() == 200 ? Outcome.ok() : Outcome.error(answer.errorKey());
        } catch (IOException e) {
            return Outcome.failed(e);
        }
    }
}
