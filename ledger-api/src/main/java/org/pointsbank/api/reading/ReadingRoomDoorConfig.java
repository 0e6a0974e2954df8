package org.pointsbank.api.reading;

import org.pointsbank.api.checkin.CheckInCodes;
import org.pointsbank.core.card.ReadingRoomDoor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;

/** The reading rooms' doors are the stations' rotating check-in codes of scope {@code reading-room:<stationId>}. */
@Configuration(proxyBeanMethods = false)
class ReadingRoomDoorConfig {

    /** Asked by a card in the command that starts or ends a reading session. */
    @Bean
    ReadingRoomDoor readingRoomDoor(CheckInCodes codes) {
        return (stationId, code) -> codes.acceptsFrom(
                SecurityContextHolder.getContext().getAuthentication().getName(),
                CheckInCodes.readingRoomScope(stationId),
                code);
    }
}
