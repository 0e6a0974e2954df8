package org.pointsbank.api.openapi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The refusals particular to an operation, beyond those {@link ProblemResponsesCustomizer} adds to every operation
 * of its kind: the API description lists them under their statuses, with an example of each.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ProblemCodes {

    ProblemCode[] value();
}
