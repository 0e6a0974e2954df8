package org.pointsbank.api.pages.desk;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;

/**
 * A desk page whose forms change the ledger is kept by the browser for its history ({@code private, no-cache}
 * instead of Spring Security's {@code no-store}, which it then leaves alone): going back shows the form as it was
 * rendered, with its form key, so sending it again replays the first answer ("already recorded") instead of
 * recording twice. With {@code no-store} the browser fetches the page anew on back, with a fresh key, and restores
 * the typed values into it: a second credit. {@code no-cache} still makes every ordinary visit ask the server.
 */
final class HistoryCache {

    private HistoryCache() {}

    static void keep(HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
    }
}
