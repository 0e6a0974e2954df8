package org.pointsbank.api.pages.desk;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.pointsbank.api.card.HolderRequest;

/**
 * The desk's form to issue a card at its station: the holder's name and phone are optional, as in the API's {@code
 * IssueCardRequest}; blank fields mean none.
 */
public record IssueCardForm(
        @NotBlank @Size(max = 64) String stationId,
        @Size(max = 200) String holderName,

        @Pattern(regexp = "(\\+?[0-9 -]{3,40})?", message = "must be a phone number")
        String holderPhone) {

    /** The holder data the API would be given, or null when there is none. */
    public HolderRequest holder() {
        String name = blankToNull(holderName);
        String phone = blankToNull(holderPhone);
        return name == null && phone == null ? null : new HolderRequest(name, phone);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
