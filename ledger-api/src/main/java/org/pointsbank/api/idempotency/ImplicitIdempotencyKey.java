package org.pointsbank.api.idempotency;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A changing handler for clients of a standard that has no Idempotency-Key (Open311's form POST): the key is
 * optional, and without one the handler records under {@link ImplicitKeys#keyFor a key derived from the form}.
 * {@link IdempotencyKeyCheck} lets such a request through without the header only when it carries no
 * {@code Origin}: a browser sends one with every cross-site form, a plain HTTP client does not.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ImplicitIdempotencyKey {}
