package org.pointsbank.api.pages.shared;

import java.util.UUID;

/**
 * The per-form idempotency key: every form that changes the ledger carries {@code <input type="hidden"
 * name="formKey">}, made when the form is rendered, and its action runs through
 * {@code IdempotentRequests.executeForm(formKey, form, action)}. No server-side record is kept: the idempotency store
 * deduplicates per (user, key), so a double click or a back-and-resubmit records once.
 */
public final class FormKeys {

    /** The model attribute and the hidden field's name. */
    public static final String FIELD = "formKey";

    private FormKeys() {}

    /** A fresh key: visible ASCII, 41 characters (the store takes up to 255). */
    public static String issue() {
        return "form-" + UUID.randomUUID();
    }
}
