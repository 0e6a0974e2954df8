package org.pointsbank.api.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.openapi.FeatureTags;
import org.pointsbank.api.openapi.ProblemCode;
import org.pointsbank.api.openapi.ProblemCodes;
import org.pointsbank.api.security.CachedCredentials;
import org.pointsbank.api.security.LedgerUser;
import org.pointsbank.api.security.Role;
import org.pointsbank.api.security.UserAccounts;
import org.pointsbank.api.station.StationCheck;
import org.pointsbank.projections.directory.CardDirectory;
import org.pointsbank.projections.station.StationRepository;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Accounts: admins create, list, disable and enable them; everyone changes their own password. */
@Tag(name = FeatureTags.ACCOUNT)
@RestController
@RequestMapping("/api/v1/users")
public class UserController {

    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final StationRepository stations;
    private final CardDirectory cards;
    private final CachedCredentials signIns;

    public UserController(
            UserAccounts accounts,
            PasswordEncoder encoder,
            StationRepository stations,
            CardDirectory cards,
            CachedCredentials signIns) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.stations = stations;
        this.cards = cards;
        this.signIns = signIns;
    }

    @Operation(
            operationId = "createUser",
            summary = "Create a user",
            description = "Admins. STAFF are bound to `stationIds`, a KIOSK to exactly one station (`stationIds` of"
                    + " one), a VOLUNTEER to `cardId`, other roles to neither. The password is hashed at once and"
                    + " never stored or shown in clear.")
    @ApiResponse(
            responseCode = "201",
            description = "the user",
            content = @Content(schema = @Schema(implementation = UserResponse.class)))
    @ProblemCodes({ProblemCode.STATION_NOT_FOUND, ProblemCode.CARD_NOT_FOUND, ProblemCode.USER_ALREADY_EXISTS})
    @PostMapping
    @PreAuthorize("@access.isAdmin(authentication)")
    public ResponseEntity<UserResponse> create(@Valid @RequestBody CreateUserRequest request) {
        Set<String> stationIds = request.stationIds() == null ? Set.of() : Set.copyOf(request.stationIds());
        checkScope(request.role(), stationIds, request.cardId());
        if (accounts.exists(request.username())) {
            throw userExists(request.username());
        }
        try {
            accounts.create(
                    request.username(),
                    encoder.encode(request.password()),
                    request.role(),
                    stationIds,
                    request.cardId());
        } catch (DuplicateKeyException e) {
            throw userExists(request.username()); // created by a concurrent request since the check above
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(UserResponse.of(accounts.find(request.username()).orElseThrow()));
    }

    @Operation(operationId = "listUsers", summary = "List the users", description = "Admins.")
    @ApiResponse(responseCode = "200", description = "every user")
    @GetMapping
    @PreAuthorize("@access.isAdmin(authentication)")
    public List<UserResponse> list() {
        return accounts.findAll().stream().map(UserResponse::of).toList();
    }

    @Operation(
            operationId = "getCurrentUser",
            summary = "Read the signed-in user",
            description = "Their name, role and scope. Every signed-in user.")
    @ApiResponse(responseCode = "200", description = "the signed-in user")
    @GetMapping("/me")
    @PreAuthorize("@access.maySignIn(authentication)")
    public UserResponse me(@AuthenticationPrincipal LedgerUser user) {
        return UserResponse.of(user);
    }

    @Operation(
            operationId = "disableUser",
            summary = "Disable a user",
            description = "Admins, not on themselves. A disabled user can no longer sign in.")
    @ApiResponse(responseCode = "200", description = "the user, disabled")
    @ProblemCodes({ProblemCode.USER_NOT_FOUND, ProblemCode.CANNOT_DISABLE_SELF})
    @PostMapping("/{username}/disable")
    @PreAuthorize("@access.isAdmin(authentication)")
    public UserResponse disable(@PathVariable String username, @AuthenticationPrincipal LedgerUser admin) {
        if (username.equals(admin.username())) {
            throw new ApiException(HttpStatus.CONFLICT, "CANNOT_DISABLE_SELF", "an admin cannot disable themself");
        }
        return setEnabled(username, false);
    }

    @Operation(operationId = "enableUser", summary = "Enable a user", description = "Admins.")
    @ApiResponse(responseCode = "200", description = "the user, enabled")
    @ProblemCodes(ProblemCode.USER_NOT_FOUND)
    @PostMapping("/{username}/enable")
    @PreAuthorize("@access.isAdmin(authentication)")
    public UserResponse enable(@PathVariable String username) {
        return setEnabled(username, true);
    }

    @Operation(
            operationId = "changeOwnPassword",
            summary = "Change one's own password",
            description = "Every signed-in user, giving their current password.")
    @ApiResponse(responseCode = "204", description = "changed")
    @ProblemCodes(ProblemCode.CURRENT_PASSWORD_WRONG)
    @PutMapping("/me/password")
    @PreAuthorize("@access.maySignIn(authentication)")
    public ResponseEntity<Void> changePassword(
            @Valid @RequestBody ChangePasswordRequest request, @AuthenticationPrincipal LedgerUser user) {
        LedgerUser stored = accounts.find(user.username()).orElseThrow();
        if (!encoder.matches(request.currentPassword(), stored.passwordHash())) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "CURRENT_PASSWORD_WRONG",
                    "the current password is not right",
                    "currentPassword");
        }
        accounts.changePasswordHash(user.username(), encoder.encode(request.newPassword()));
        signIns.forget(user.username());
        return ResponseEntity.noContent().build();
    }

    private UserResponse setEnabled(String username, boolean enabled) {
        if (!accounts.setEnabled(username, enabled)) {
            throw new ApiException(HttpStatus.NOT_FOUND, "USER_NOT_FOUND", "no user " + username);
        }
        signIns.forget(username);
        return UserResponse.of(accounts.find(username).orElseThrow());
    }

    private void checkScope(Role role, Set<String> stationIds, String cardId) {
        if (role == Role.STAFF && stationIds.isEmpty()) {
            throw invalid("stationIds", "staff must be bound to at least one station");
        }
        if (role == Role.KIOSK && stationIds.size() != 1) {
            throw invalid("stationIds", "a kiosk must be bound to exactly one station");
        }
        if (role != Role.STAFF && role != Role.KIOSK && !stationIds.isEmpty()) {
            throw invalid("stationIds", "only staff and kiosks are bound to stations");
        }
        if (role == Role.VOLUNTEER && cardId == null) {
            throw invalid("cardId", "a volunteer must be bound to their card");
        }
        if (role != Role.VOLUNTEER && cardId != null) {
            throw invalid("cardId", "only volunteers are bound to a card");
        }
        for (String station : stationIds) {
            StationCheck.require(stations, station, "stationIds");
        }
        if (cardId != null && cards.stationOfCard(cardId).isEmpty()) {
            throw new ApiException(HttpStatus.NOT_FOUND, "CARD_NOT_FOUND", "no card " + cardId, "cardId");
        }
    }

    private static ApiException userExists(String username) {
        return new ApiException(
                HttpStatus.CONFLICT, "USER_ALREADY_EXISTS", "user " + username + " already exists", "username");
    }

    private static ApiException invalid(String field, String message) {
        return new ApiException(HttpStatus.BAD_REQUEST, "VALIDATION_FAILED", message, field);
    }
}
