package org.pointsbank.core.shared;

/**
 * A command broke a business rule. Each rule is a subclass named after the rule, carrying a
 * stable upper-snake {@link #code()} that clients may depend on, and optionally the request
 * field at fault.
 */
public abstract class RuleViolation extends RuntimeException {

    private final String code;
    private final RuleKind kind;
    private final String field;

    protected RuleViolation(String code, RuleKind kind, String message) {
        this(code, kind, message, null);
    }

    protected RuleViolation(String code, RuleKind kind, String message, String field) {
        super(message);
        this.code = code;
        this.kind = kind;
        this.field = field;
    }

    public String code() {
        return code;
    }

    public RuleKind kind() {
        return kind;
    }

    /** The request field at fault, or {@code null} when the whole request is. */
    public String field() {
        return field;
    }
}
