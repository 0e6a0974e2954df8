package org.pointsbank.core.shared;

import static org.hamcrest.Matchers.equalTo;

import org.hamcrest.FeatureMatcher;
import org.hamcrest.Matcher;

/** Hamcrest matchers on what a refusal tells the client: its stable code, kind and field. */
public final class RuleViolationMatchers {

    private RuleViolationMatchers() {}

    public static Matcher<RuleViolation> hasCode(String code) {
        return new FeatureMatcher<>(equalTo(code), "a rule violation with code", "code") {
            @Override
            protected String featureValueOf(RuleViolation actual) {
                return actual.code();
            }
        };
    }

    public static Matcher<RuleViolation> hasKind(RuleKind kind) {
        return new FeatureMatcher<>(equalTo(kind), "a rule violation of kind", "kind") {
            @Override
            protected RuleKind featureValueOf(RuleViolation actual) {
                return actual.kind();
            }
        };
    }

    public static Matcher<RuleViolation> hasField(String field) {
        return new FeatureMatcher<>(equalTo(field), "a rule violation on field", "field") {
            @Override
            protected String featureValueOf(RuleViolation actual) {
                return actual.field();
            }
        };
    }
}
