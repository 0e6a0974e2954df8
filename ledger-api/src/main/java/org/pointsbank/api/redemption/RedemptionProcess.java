package org.pointsbank.api.redemption;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.stream.Stream;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.MetaData;
import org.pointsbank.api.http.CommandMetadata;
import org.pointsbank.core.card.api.RedeemReservedPoints;
import org.pointsbank.core.card.api.ReleaseReservedPoints;
import org.pointsbank.core.gift.api.HandOverGift;
import org.pointsbank.core.gift.api.ReleaseGiftStock;
import org.pointsbank.core.redemption.api.RedemptionCancelled;
import org.pointsbank.core.redemption.api.RedemptionExpired;
import org.pointsbank.core.redemption.api.RedemptionFulfilled;
import org.pointsbank.core.shared.HoldEnding;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The redemption process manager: when a {@code Redemption} has decided how it ends, it carries the decision to
 * the card and the gift. Fulfilled: the held points leave the card ({@code GiftRedeemed}) and the held stock is
 * handed over. Cancelled or expired: both holds are released.
 *
 * <p>It is a tracking processor: its position in the event log is stored with what it did, in one transaction,
 * so a crash or a restart between the decision and its steps resumes from the last step done, and a failed step
 * is retried, never skipped (see {@code RedemptionProcessConfig}). Each step is idempotent on the card and the gift (keyed by
 * the redemption id), so a step done twice changes nothing. The steps carry the deciding event's metadata: the
 * audit trail names the person who fulfilled or cancelled, or the expiry sweep.
 *
 * <p>Locks: like placing a redemption, a step takes the gift first and the card second, and the processor
 * handles one event a transaction, so it never holds one redemption's card while waiting for another's gift
 * (Axon's aggregate locks would call that a deadlock and fail the request that closed the circle).
 */
@Component
@ProcessingGroup(RedemptionProcess.NAME)
public class RedemptionProcess {

    public static final String NAME = "redemption_process";

    /** Steps that found nothing ever held for their redemption, by {@code step}. */
    static final String NEVER_HELD_METER = "pointsbank.redemptions.steps.never.held";

    private static final Logger LOG = LoggerFactory.getLogger(RedemptionProcess.class);

    private final CommandGateway commands;
    private final MeterRegistry meters;

    /** The steps that end a hold: each one's counter is registered at start, so it is exported at 0. */
    static final List<String> STEPS = Stream.of(
                    HandOverGift.class, RedeemReservedPoints.class, ReleaseGiftStock.class, ReleaseReservedPoints.class)
            .map(Class::getSimpleName)
            .toList();

    public RedemptionProcess(CommandGateway commands, MeterRegistry meters) {
        this.commands = commands;
        this.meters = meters;
        STEPS.forEach(this::neverHeld);
    }

    private Counter neverHeld(String step) {
        return Counter.builder(NEVER_HELD_METER)
                .description("Redemption steps that found no hold, ended or open, for their redemption")
                .tag("step", step)
                .register(meters);
    }

    @EventHandler
    void on(RedemptionFulfilled event, MetaData metaData) {
        send(new HandOverGift(event.giftId(), event.redemptionId()), metaData);
        send(new RedeemReservedPoints(event.cardId(), event.redemptionId(), event.fulfilledOn()), metaData);
    }

    @EventHandler
    void on(RedemptionCancelled event, MetaData metaData) {
        release(event.redemptionId(), event.cardId(), event.giftId(), "CANCELLED", metaData);
    }

    @EventHandler
    void on(RedemptionExpired event, MetaData metaData) {
        release(event.redemptionId(), event.cardId(), event.giftId(), "EXPIRED", metaData);
    }

    private void release(String redemptionId, String cardId, String giftId, String reason, MetaData metaData) {
        send(new ReleaseGiftStock(giftId, redemptionId, reason), metaData);
        send(new ReleaseReservedPoints(cardId, redemptionId, reason), metaData);
    }

    /**
     * Sends a step and says what it found ({@link HoldEnding}): a hold ended already is a repeated step (a replay,
     * or a batch run again), logged at DEBUG; a hold the card or gift never had is not expected at all and is logged
     * at WARN and counted in {@value #NEVER_HELD_METER}{step}, never passed over in silence.
     */
    private void send(Object command, MetaData metaData) {
        Object found = commands.sendAndWait(new GenericCommandMessage<>(command)
                .andMetaData(metaData.subset(CommandMetadata.KEYS.toArray(String[]::new))));
        String step = command.getClass().getSimpleName();
        if (found == HoldEnding.ALREADY_ENDED) {
            LOG.debug("{}: the hold had ended already, nothing to do ({})", step, command);
        } else if (found == HoldEnding.NEVER_HELD) {
            LOG.warn("{}: nothing was ever held for this redemption, nothing ended ({})", step, command);
            neverHeld(step).increment();
        }
    }
}
