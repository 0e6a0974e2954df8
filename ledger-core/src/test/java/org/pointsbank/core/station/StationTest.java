package org.pointsbank.core.station;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.pointsbank.core.shared.LedgerCalendar;
import org.pointsbank.core.station.api.RegisterStation;
import org.pointsbank.core.station.api.StationRegistered;

class StationTest {

    private static final Instant NOW = Instant.parse("2026-11-03T02:00:00Z");

    private AggregateTestFixture<Station> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Station.class);
        fixture.registerInjectableResource(new LedgerCalendar(Clock.fixed(NOW, ZoneId.of("Asia/Shanghai")), 60));
    }

    @Test
    void registersAStationStampedWithTheCalendarsInstant() {
        fixture.givenNoPriorActivity()
                .when(new RegisterStation("yungu", "Yungu Service Station"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new StationRegistered("yungu", "Yungu Service Station", NOW));
    }

    @Test
    void aStationRoundTripsThroughAJacksonSnapshot() {
        AtomicReference<Station> registered = new AtomicReference<>();
        fixture.givenNoPriorActivity()
                .when(new RegisterStation("yungu", "Yungu Service Station"))
                .expectState(registered::set);
        Serializer serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper()
                        .registerModule(new JavaTimeModule())
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS))
                .build();

        SerializedObject<String> snapshot = serializer.serialize(registered.get(), String.class);
        Station restored = serializer.deserialize(snapshot);

        assertThat(snapshot.getType().getRevision()).isEqualTo("1");
        assertThat(registered.get()).extracting("stationId").isEqualTo("yungu");
        assertThat(restored)
                .isNotSameAs(registered.get())
                .usingRecursiveComparison()
                .isEqualTo(registered.get());
    }
}
