package org.pointsbank.core.shared;

/**
 * What sort of refusal a {@link RuleViolation} is. The web layer maps each kind to one HTTP
 * status, so a new rule needs no new mapping code.
 */
public enum RuleKind {
    /** The input itself is invalid (400). */
    INVALID_INPUT,
    /** The thing the command names does not exist (404). */
    NOT_FOUND,
    /** The current state forbids it (409). */
    STATE_CONFLICT,
    /** A business rule refuses it (422). */
    RULE_REFUSED,
    /** The thing the command names existed and was erased for good (410). */
    GONE
}
