package org.pointsbank.api.account;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.pointsbank.api.input.MaxUtf8Bytes;
import org.pointsbank.api.security.Role;

/**
 * {@code POST /users}: STAFF need {@code stationIds}, a KIOSK exactly one station in {@code stationIds}, a
 * VOLUNTEER needs {@code cardId}, the other roles neither. The password is hashed at once and never stored or shown in clear.
 */
public record CreateUserRequest(
        @NotBlank
        @Pattern(
                regexp = "[a-z0-9][a-z0-9._-]{2,99}",
                message = "must be 3 to 100 lowercase letters, digits, dots, dashes or underscores")
        String username,

        @NotNull @Size(min = 12, max = 72, message = "must be 12 to 72 characters") @MaxUtf8Bytes(72)
        String password,

        @NotNull Role role,
        Set<@Size(max = 64) String> stationIds,
        @Size(max = 64) String cardId) {

    /** Never the password: records print every component. */
    @Override
    public String toString() {
        return "CreateUserRequest[" + username + ", " + role + "]";
    }
}
