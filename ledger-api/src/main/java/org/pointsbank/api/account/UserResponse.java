package org.pointsbank.api.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Set;
import java.util.TreeSet;
import org.pointsbank.api.security.LedgerUser;

/** A user as the API shows it: never a password or its hash. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record UserResponse(String username, String role, Set<String> stationIds, String cardId, boolean enabled) {

    static UserResponse of(LedgerUser user) {
        return new UserResponse(
                user.username(), user.role().name(), new TreeSet<>(user.stationIds()), user.cardId(), user.enabled());
    }
}
