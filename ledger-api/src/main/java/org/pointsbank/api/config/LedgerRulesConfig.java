package org.pointsbank.api.config;

import java.time.Clock;
import org.pointsbank.core.period.PeriodGate;
import org.pointsbank.core.policy.PointsPolicy;
import org.pointsbank.core.policy.PointsPolicyV1;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.projections.period.PeriodRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger's rules that the domain is handed rather than knows: what time and which business day it is, the
 * points policy new credits are granted under, and whether a month is closed. Axon injects each into the
 * aggregates' command handlers as a parameter, so {@code ledger-core} stays free of Spring.
 */
@Configuration(proxyBeanMethods = false)
class LedgerRulesConfig {

    /** The service's time, in the zone of business dates (tests replace it with their own clock). */
    @Bean
    Clock clock(PointsBankProperties properties) {
        return Clock.system(properties.zone());
    }

    /** Today's business date and how far back a credit may be dated. */
    @Bean
    LedgerCalendar ledgerCalendar(Clock clock, PointsBankProperties properties) {
        return new LedgerCalendar(clock, properties.maxBackdatingDays());
    }

    /** The policy new credits are granted under; each event records the version that granted it. */
    @Bean
    PointsPolicy pointsPolicy(PointsBankProperties properties) {
        return new PointsPolicyV1(properties.policy().maxRewardedReportsPerDay());
    }

    /** Whether the month of an entry is closed, asked by a card in the command's transaction. */
    @Bean
    PeriodGate periodGate(PeriodRepository periods) {
        return new PeriodReadModelGate(periods);
    }
}
