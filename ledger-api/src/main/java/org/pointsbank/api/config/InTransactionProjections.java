package org.pointsbank.api.config;

import java.util.List;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.pointsbank.projections.audit.EventChainProjection;
import org.pointsbank.projections.directory.CardDirectoryProjection;
import org.pointsbank.projections.gift.GiftProjection;
import org.pointsbank.projections.period.PeriodProjection;
import org.pointsbank.projections.redemption.RedemptionProjection;
import org.pointsbank.projections.station.StationProjection;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The subscribing projections write in the request's own transaction. A failure there must fail the
 * request: with Axon's default (log and go on) PostgreSQL has already aborted the transaction, its
 * COMMIT silently rolls back, and the client was told 201 for entries that were never recorded
 * (seen with a lock_timeout on the hash chain's lock). Propagated, the request rolls back and answers
 * the failure (503 for a time limit).
 */
@Configuration(proxyBeanMethods = false)
class InTransactionProjections {

    static final List<String> GROUPS = List.of(StationProjection.NAME, CardDirectoryProjection.NAME,
            EventChainProjection.NAME, PeriodProjection.NAME, GiftProjection.NAME, RedemptionProjection.NAME);

    @Bean
    ConfigurerModule inTransactionProjectionsFailTheRequest() {
        return configurer -> GROUPS.forEach(group -> configurer.eventProcessing()
                .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance()));
    }
}
