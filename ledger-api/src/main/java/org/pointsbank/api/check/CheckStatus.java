package org.pointsbank.api.check;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Where one nightly check stands.
 *
 * @param check      {@code chain} or {@code reconciliation}
 * @param lastRun    its last run, whatever the outcome; absent when it never ran
 * @param lastPassed its last passing run; absent when it never passed
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CheckStatus(String check, CheckRun lastRun, CheckRun lastPassed) {}
