package org.pointsbank.api.check;

import java.util.List;

/**
 * The nightly checks as every instance sees them.
 *
 * @param checks each check's last run and last passing run
 * @param recent the last runs of both checks, newest first
 */
public record CheckOverview(List<CheckStatus> checks, List<CheckRun> recent) {}
