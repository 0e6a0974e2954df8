package org.pointsbank.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.pointsbank.api.http.RefusalDetail;
import org.pointsbank.core.shared.RuleViolation;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerMapping;

/**
 * No leaks through refusals: staff may credit any card for work at their station and hand over their shop's
 * gift for any card presented, but a refusal must not tell them what they could not read. When the request is
 * about a card ({@code /cards/{cardId}/...}) the caller may not read, a rule violation keeps its status, code
 * and field, and its detail (which may state the card's available points, minutes already credited, gifts
 * taken this month) becomes a fixed sentence. The core's messages stay as they are for everyone else.
 */
@Component
public class RefusalRedaction implements RefusalDetail {

    private final AccessPolicy access;

    public RefusalRedaction(AccessPolicy access) {
        this.access = access;
    }

    /** The violation's own message, or a fixed sentence if its card is one the caller cannot read. */
    @Override
    public String detail(RuleViolation violation, HttpServletRequest request) {
        String cardId = cardOf(request);
        if (cardId == null
                || access.canSeeCard(SecurityContextHolder.getContext().getAuthentication(), cardId)) {
            return violation.getMessage();
        }
        return "refused by the card's rules (" + violation.code() + "); the details are shown only to "
                + "those who may read the card";
    }

    private static String cardOf(HttpServletRequest request) {
        Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (variables instanceof Map<?, ?> map && map.get("cardId") instanceof String cardId) {
            return cardId;
        }
        return null;
    }
}
