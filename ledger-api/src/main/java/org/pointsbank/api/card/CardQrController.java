package org.pointsbank.api.card;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collections;
import java.util.List;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.api.qr.QrCode;
import org.pointsbank.api.qr.QrImages;
import org.pointsbank.projections.directory.CardDirectory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A card's QR code, for the desk's scanner: it encodes {@code pointsbank:card:{cardId}}, a name rather than a URL,
 * so a card printed once still reads when the service moves to another address, the code stays small, and a
 * phone that scans it opens nothing. A scanner types it into the desk's card field, which takes the id after the
 * prefix.
 */
@Tag(name = FeatureTags.CARD)
@RestController
public class CardQrController {

    /** What a card's QR code says before the card's id. */
    public static final String PREFIX = "pointsbank:card:";

    private static final List<MediaType> OFFERED = List.of(MediaType.IMAGE_PNG, QrImages.SVG_TYPE);

    private final CardDirectory cards;

    public CardQrController(CardDirectory cards) {
        this.cards = cards;
    }

    @Operation(
            operationId = "getCardQrCode",
            summary = "Draw a card's QR code",
            description = "A QR code of `pointsbank:card:{cardId}` for the desk's scanner: PNG, or SVG with `Accept:"
                    + " image/svg+xml`. Who may read the card; to anyone else it answers as a card that does not"
                    + " exist.")
    @ApiResponse(
            responseCode = "200",
            description = "the card's QR code",
            content = {
                @Content(mediaType = QrImages.PNG, schema = @Schema(type = "string", format = "binary")),
                @Content(mediaType = QrImages.SVG, schema = @Schema(type = "string"))
            })
    @ProblemCodes(ProblemCode.CARD_NOT_FOUND)
    @GetMapping(
            path = "/api/v1/cards/{cardId}/qr",
            produces = {QrImages.PNG, QrImages.SVG})
    @PreAuthorize("@access.mayReadCard(authentication, #cardId)")
    public ResponseEntity<byte[]> qr(@PathVariable String cardId, HttpServletRequest request) {
        if (cards.stationOfCard(cardId).isEmpty()) {
            throw ApiException.cardNotFound(cardId);
        }
        String accept = String.join(",", Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
        return QrImages.answer(QrCode.of(PREFIX + cardId), QrImages.preferred(accept, OFFERED));
    }
}
