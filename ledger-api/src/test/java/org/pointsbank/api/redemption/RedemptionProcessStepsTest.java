package org.pointsbank.api.redemption;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.card.api.ReleaseReservedPoints;
import org.pointsbank.core.gift.api.ReleaseGiftStock;
import org.pointsbank.core.redemption.api.RedemptionCancelled;
import org.pointsbank.core.shared.HoldEnding;

/** A step that finds no hold says which: a repeat passes quietly, a hold never made is counted (and logged). */
class RedemptionProcessStepsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final List<Object> sent = new ArrayList<>();

    private static final RedemptionCancelled CANCELLED =
            new RedemptionCancelled("rd-1", "card-1", "gift-1", "st-1", 40, "changed my mind", Instant.EPOCH);

    @Test
    void aHoldNeverMadeIsCountedPerStep() {
        RedemptionProcess process = new RedemptionProcess(
                gateway(c -> c instanceof ReleaseGiftStock ? HoldEnding.ENDED : HoldEnding.NEVER_HELD), meters);

        process.on(CANCELLED, MetaData.emptyInstance());

        assertThat(sent).hasSize(2);
        assertThat(neverHeld("ReleaseReservedPoints")).isEqualTo(1.0);
        assertThat(neverHeld("ReleaseGiftStock")).isZero();
    }

    @Test
    void aRepeatedStepIsNotCounted() {
        RedemptionProcess process = new RedemptionProcess(gateway(c -> HoldEnding.ALREADY_ENDED), meters);

        process.on(CANCELLED, MetaData.emptyInstance());

        assertThat(sent)
                .extracting(c -> c.getClass().getSimpleName())
                .containsExactly("ReleaseGiftStock", "ReleaseReservedPoints");
        assertThat(meters.find(RedemptionProcess.NEVER_HELD_METER).counters())
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
        assertThat(sent.get(1)).isEqualTo(new ReleaseReservedPoints("card-1", "rd-1", "CANCELLED"));
    }

    @Test
    void everyStepsCounterIsRegisteredAtZeroBeforeAnyEventSoThatItIsExported() {
        new RedemptionProcess(gateway(c -> HoldEnding.ENDED), meters);

        assertThat(meters.find(RedemptionProcess.NEVER_HELD_METER).counters())
                .extracting(counter -> counter.getId().getTag("step"))
                .containsExactlyInAnyOrder(
                        "HandOverGift", "RedeemReservedPoints", "ReleaseGiftStock", "ReleaseReservedPoints");
        assertThat(meters.find(RedemptionProcess.NEVER_HELD_METER).counters())
                .allSatisfy(counter -> assertThat(counter.count()).isZero());
    }

    private double neverHeld(String step) {
        var counter = meters.find(RedemptionProcess.NEVER_HELD_METER)
                .tag("step", step)
                .counter();
        return counter == null ? 0 : counter.count();
    }

    /** A gateway answering each command's payload with {@code answer}, recording what was sent. */
    private CommandGateway gateway(Function<Object, HoldEnding> answer) {
        return new CommandGateway() {
            @Override
            @SuppressWarnings("unchecked")
            public <R> R sendAndWait(Object command) {
                Object payload = command instanceof CommandMessage<?> m ? m.getPayload() : command;
                sent.add(payload);
                return (R) answer.apply(payload);
            }

            @Override
            public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
                return sendAndWait(command);
            }

            @Override
            public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
                throw new UnsupportedOperationException();
            }

            @Override
            public <R> CompletableFuture<R> send(Object command) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Registration registerDispatchInterceptor(
                    MessageDispatchInterceptor<? super CommandMessage<?>> interceptor) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
