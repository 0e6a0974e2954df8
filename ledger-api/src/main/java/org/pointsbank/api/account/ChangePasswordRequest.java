package org.pointsbank.api.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.pointsbank.api.input.MaxUtf8Bytes;

/** {@code PUT /users/me/password}: one's own password, proven by the current one. */
public record ChangePasswordRequest(
        @NotNull String currentPassword,

        @NotNull @Size(min = 12, max = 72, message = "must be 12 to 72 characters") @MaxUtf8Bytes(72)
        String newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordRequest[***]";
    }
}
