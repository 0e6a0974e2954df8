package org.pointsbank.api.http;

/**
 * A value refused at the boundary (text the API does not accept, an instant outside the ledger's range), thrown
 * while a body or a parameter is read. {@link ProblemHandler} answers it as 400 {@code VALIDATION_FAILED} naming the
 * field, with this reason; the input package throws it, so this package names no feature.
 */
public interface RefusedValue {

    /** Why the value was refused, without the parser's location and path. */
    String reason();
}
