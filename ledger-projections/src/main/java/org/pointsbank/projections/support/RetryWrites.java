package org.pointsbank.projections.support;

import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.stereotype.Component;

/**
 * Registered on every read model's processor: when Axon retries a parked event, handles it and writes what it
 * queued inside one savepoint, so that a write that still fails undoes that event's writes alone, leaves the
 * transaction usable and fails the letter, which Axon then keeps parked. Outside retries it does nothing.
 */
@Component
public class RetryWrites implements MessageHandlerInterceptor<EventMessage<?>> {

    private final ProjectionWrites writes;

    public RetryWrites(ProjectionWrites writes) {
        this.writes = writes;
    }

    @Override
    public Object handle(UnitOfWork<? extends EventMessage<?>> unitOfWork, InterceptorChain interceptorChain)
            throws Exception {
        if (!PerBatch.isRetry(unitOfWork)) {
            return interceptorChain.proceed();
        }
        Object[] result = new Object[1];
        try {
            writes.inSavepoint(jdbc -> {
                try {
                    result[0] = interceptorChain.proceed();
                } catch (RuntimeException | Error e) {
                    throw e;
                } catch (Exception e) {
                    throw new Checked(e);
                }
                PerBatch.flushRetried(unitOfWork);
            });
        } catch (Checked e) {
            throw (Exception) e.getCause();
        }
        return result[0];
    }

    private static final class Checked extends RuntimeException {
        Checked(Exception cause) {
            super(cause);
        }
    }
}
