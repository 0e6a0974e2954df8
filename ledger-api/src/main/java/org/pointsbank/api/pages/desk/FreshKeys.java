package org.pointsbank.api.pages.desk;

import org.pointsbank.api.pages.shared.FormKeys;

/**
 * A source of form keys for a page with one form per row (a redemption's fulfil and cancel): each form gets its own
 * key as it is rendered, {@code th:value="${keys.next()}"}, so sending one never makes another a reuse.
 */
public final class FreshKeys {

    static final String ATTRIBUTE = "keys";

    public String next() {
        return FormKeys.issue();
    }
}
