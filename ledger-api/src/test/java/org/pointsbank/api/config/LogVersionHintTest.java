package org.pointsbank.api.config;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.junit.jupiter.api.Test;

/** A hint lives in the request's root unit of work, for one aggregate, and is answered once. */
class LogVersionHintTest {

    @Test
    void aHintOfferedInTheRequestIsTakenOnceInsideACommandsNestedUnitOfWork() {
        DefaultUnitOfWork<?> request = DefaultUnitOfWork.startAndGet(new GenericMessage<>("credit"));
        try {
            LogVersionHint.offer("card-1", 7L);
            DefaultUnitOfWork<?> command = DefaultUnitOfWork.startAndGet(new GenericMessage<>("command"));
            try {
                assertThat(LogVersionHint.take("card-2")).isEmpty();
                assertThat(LogVersionHint.take("card-1")).contains(7L);
                assertThat(LogVersionHint.take("card-1")).isEmpty();
            } finally {
                command.rollback();
            }
        } finally {
            request.rollback();
        }
    }

    @Test
    void aHintDiesWithItsUnitOfWork() {
        DefaultUnitOfWork<?> first = DefaultUnitOfWork.startAndGet(new GenericMessage<>("credit"));
        LogVersionHint.offer("card-1", 7L);
        first.rollback();

        DefaultUnitOfWork<?> next = DefaultUnitOfWork.startAndGet(new GenericMessage<>("credit again"));
        try {
            assertThat(LogVersionHint.take("card-1")).isEmpty();
        } finally {
            next.rollback();
        }
    }

    @Test
    void withoutAUnitOfWorkNothingIsKept() {
        LogVersionHint.offer("card-1", 7L);

        assertThat(LogVersionHint.take("card-1")).isEmpty();
    }
}
