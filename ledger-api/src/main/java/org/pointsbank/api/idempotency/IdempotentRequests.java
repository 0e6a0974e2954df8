package org.pointsbank.api.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.axonframework.common.transaction.Transaction;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.ResultMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.RollbackConfigurationType;
import org.pointsbank.api.config.LogVersionHint;
import org.pointsbank.api.http.ApiException;
import org.pointsbank.api.http.DatabaseFailures;
import org.pointsbank.api.http.DatabaseLost;
import org.pointsbank.api.http.DatabaseLost.Outcome;
import org.pointsbank.api.http.LedgerCommands;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.TransactionSystemException;

/**
 * Runs a ledger-changing request exactly once per (user, idempotency key), as the API's
 * idempotency section says. The key claim, the commands' events and the stored response share
 * one Axon unit of work and one database transaction: the commands' own units of work nest in
 * it, so their events are appended, and the aggregates unlocked, only when it all commits. A unit of work that lost a
 * race for an aggregate is run again as a whole ({@link ConflictRetries}).
 */
@Component
public class IdempotentRequests {

    private static final String KEY_HEADER = LedgerCommands.IDEMPOTENCY_KEY_HEADER;
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final TransactionManager transactionManager;
    private final ObjectMapper objectMapper;
    private final HttpServletRequest httpRequest;
    private final ConflictRetries retries;

    public IdempotentRequests(
            IdempotencyStore store,
            TransactionManager transactionManager,
            ObjectMapper objectMapper,
            HttpServletRequest httpRequest,
            ConflictRetries retries) {
        this.store = store;
        this.transactionManager = transactionManager;
        this.objectMapper = objectMapper;
        this.httpRequest = httpRequest;
        this.retries = retries;
    }

    /**
     * Runs {@code action} for the current request unless its key was used before.
     *
     * @param body   the bound request body: with the method and path it identifies "the same request"
     * @param action sends the commands and answers the response; runs at most once per key
     */
    public ResponseEntity<String> execute(Object body, Supplier<LedgerResponse> action) {
        return execute(body, httpRequest.getHeader(KEY_HEADER), action);
    }

    /**
     * As {@link #execute(Object, Supplier)} for a request about one card: the key's claim also reads the card's last
     * sequence number in the log, which the aggregate cache then need not look up again ({@code LogVersionHint}).
     */
    public ResponseEntity<String> executeOnCard(String cardId, Object body, Supplier<LedgerResponse> action) {
        return execute(body, httpRequest.getHeader(KEY_HEADER), cardId, action);
    }

    /**
     * A page's form: as {@link #execute(Object, Supplier)}, under the form's own key (a hidden field made when the
     * form was rendered, {@code pages/shared/FormKeys}), which the commands' events then carry as their idempotency
     * key. A form sent twice (a double click, or back and resubmit) runs once; the second answer is the first one's,
     * marked {@value #REPLAYED_HEADER}. A refused action stores nothing, so the corrected form may use the same key.
     *
     * @param form the bound form: with the method and path it identifies "the same request"
     */
    public ResponseEntity<String> executeForm(String formKey, Object form, Supplier<LedgerResponse> action) {
        if (formKey == null || !VALID_KEY.matcher(formKey).matches()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "VALIDATION_FAILED",
                    "the form has no valid form key: reload it",
                    "formKey");
        }
        httpRequest.setAttribute(LedgerCommands.IDEMPOTENCY_KEY_ATTRIBUTE, formKey);
        return execute(form, formKey, action);
    }

    /**
     * As {@link #execute(Object, Supplier)}, under {@code key} rather than the request's header: for an
     * {@link ImplicitIdempotencyKey} handler, whose key may be derived from its form ({@link ImplicitKeys}).
     */
    public ResponseEntity<String> execute(Object body, String key, Supplier<LedgerResponse> action) {
        return execute(body, key, null, action);
    }

    private ResponseEntity<String> execute(
            Object body, String key, String aggregateId, Supplier<LedgerResponse> action) {
        requireValid(key);
        String user = LedgerCommands.currentUser();
        httpRequest.setAttribute(DatabaseLost.RECORDED_UNDER_KEY, Boolean.TRUE);
        String method = httpRequest.getMethod();
        String path = httpRequest.getRequestURI();
        String requestHash = hash(method, path, body);
        Message<String> request = new GenericMessage<>(method + " " + path);
        // a lost race (another instance appended to one of the aggregates first) runs the whole unit of work again:
        // the key claim, the commands and the stored response, in a new transaction
        return retries.run(() -> once(new Claim(user, key, requestHash, aggregateId), request, action));
    }

    /** One attempt: the key claimed, the action run and its response stored, in one unit of work and transaction. */
    private ResponseEntity<String> once(Claim claim, Message<String> request, Supplier<LedgerResponse> action) {
        DefaultUnitOfWork<Message<String>> unitOfWork = DefaultUnitOfWork.startAndGet(request);
        AtomicBoolean committing = new AtomicBoolean();
        AtomicReference<RuntimeException> commitFailure = new AtomicReference<>();
        unitOfWork.attachTransaction(watchingCommit(committing, commitFailure));
        ResultMessage<ResponseEntity<String>> result = unitOfWork.executeWithResult(
                () -> {
                    KeyClaim found = store.claim(claim.user(), claim.key(), claim.requestHash(), claim.aggregateId());
                    if (!found.claimed()) {
                        return replay(found.earlier(), claim.requestHash());
                    }
                    if (found.logVersion() != null) {
                        LogVersionHint.offer(claim.aggregateId(), found.logVersion());
                    }
                    LedgerResponse response = action.get();
                    String json = objectMapper.writeValueAsString(response.body());
                    store.complete(claim.user(), claim.key(), response.status().value(), json);
                    return json(response.status().value()).body(json);
                },
                RollbackConfigurationType.ANY_THROWABLE);
        if (result.isExceptional()) {
            throw failure(result.exceptionResult(), committing.get(), commitFailure.get());
        }
        return result.getPayload();
    }

    /**
     * What a failed request answers. The database lost while {@code COMMIT} ran: the server may have committed
     * before the connection went (Spring then reports the rollback it tried on a closed connection, a
     * {@link TransactionSystemException}), so the outcome is unknown. Lost before the commit was attempted: the
     * server rolls the open transaction back, nothing was recorded. Either way a retry with the key is safe.
     */
    private static RuntimeException failure(Throwable failure, boolean committing, RuntimeException atCommit) {
        if (atCommit != null && (DatabaseFailures.lost(atCommit) || atCommit instanceof TransactionSystemException)) {
            return new DatabaseLost(Outcome.UNKNOWN, atCommit);
        }
        if (!committing && DatabaseFailures.lost(failure)) {
            return new DatabaseLost(Outcome.NOT_RECORDED, failure);
        }
        return rethrowable(failure);
    }

    /** The request's transaction, noting when its commit is attempted and how that failed. */
    private TransactionManager watchingCommit(AtomicBoolean committing, AtomicReference<RuntimeException> failure) {
        return () -> {
            Transaction transaction = transactionManager.startTransaction();
            return new Transaction() {
                @Override
                public void commit() {
                    committing.set(true);
                    try {
                        transaction.commit();
                    } catch (RuntimeException e) {
                        failure.set(e);
                        throw e;
                    }
                }

                @Override
                public void rollback() {
                    transaction.rollback();
                }
            };
        };
    }

    /** Whose key, the request's fingerprint, and the aggregate it is about (or null). */
    private record Claim(String user, String key, String requestHash, String aggregateId) {}

    private ResponseEntity<String> replay(StoredResponse earlier, String requestHash) {
        if (!earlier.requestHash().equals(requestHash)) {
            throw new ApiException(
                    HttpStatus.UNPROCESSABLE_ENTITY,
                    "IDEMPOTENCY_KEY_REUSED",
                    "this Idempotency-Key was already used for a different request",
                    KEY_HEADER);
        }
        return json(earlier.status()).header(REPLAYED_HEADER, "true").body(earlier.body());
    }

    private static ResponseEntity.BodyBuilder json(int status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
    }

    /** 400 IDEMPOTENCY_KEY_REQUIRED without a key, 400 VALIDATION_FAILED for one that is not 1-255 visible ASCII. */
    public static void requireValid(String key) {
        if (key == null || key.isEmpty()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "IDEMPOTENCY_KEY_REQUIRED",
                    "this request changes the service's state and needs an Idempotency-Key header",
                    KEY_HEADER);
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new ApiException(
                    HttpStatus.BAD_REQUEST,
                    "VALIDATION_FAILED",
                    "Idempotency-Key must be 1 to 255 visible ASCII characters",
                    KEY_HEADER);
        }
    }

    private String hash(String method, String path, Object body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update((method + '\n' + path + '\n').getBytes(StandardCharsets.UTF_8));
            digest.update(objectMapper.writeValueAsBytes(body));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }

    private static RuntimeException rethrowable(Throwable failure) {
        if (failure instanceof RuntimeException runtime) {
            return runtime;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(failure);
    }
}
