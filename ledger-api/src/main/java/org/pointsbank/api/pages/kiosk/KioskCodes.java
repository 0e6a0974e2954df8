package org.pointsbank.api.pages.kiosk;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.function.Function;
import org.pointsbank.api.checkin.CheckInCode;
import org.pointsbank.api.checkin.CheckInCodes;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * A code the kiosk shows: the scope's current code (the one the API answers), the QR code of the volunteer page that
 * takes it ({@code CheckInUrls}, unchanged), drawn as inline SVG with a name for screen readers, and when to fetch
 * the next one: {@code expiresAt − now − 2 s}, at least 1 s, computed per answer.
 */
@Component
class KioskCodes {

    private final CheckInCodes codes;
    private final Clock clock;

    KioskCodes(CheckInCodes codes, Clock clock) {
        this.codes = codes;
        this.clock = clock;
    }

    /** The code shown now; {@code label} names the QR image (it gets the digits as {0}). */
    Shown current(String scope, Function<String, URI> page, String label) {
        CheckInCode current = codes.current(scope);
        String url = page.apply(current.code()).toString();
        long seconds = Duration.between(clock.instant(), current.expiresAt()).toSeconds() - 2;
        return new Shown(current.code(), url, svg(url, label), Math.max(1, seconds));
    }

    /** The QR code's SVG without its XML prolog, as an image named {@code label} (escaped). */
    private static String svg(String url, String label) {
        String svg = org.pointsbank.api.qr.QrCode.of(url).svg();
        svg = svg.substring(svg.indexOf("<svg"));
        return "<svg role=\"img\" aria-label=\"" + HtmlUtils.htmlEscape(label) + "\" class=\"qr\""
                + svg.substring("<svg".length());
    }

    /** A code, its page URL, its QR code as SVG markup, and the seconds until the kiosk asks again. */
    record Shown(String code, String url, String svg, long refreshSeconds) {}
}
