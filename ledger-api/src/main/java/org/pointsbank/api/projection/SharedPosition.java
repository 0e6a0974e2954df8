package org.pointsbank.api.projection;

import java.util.List;
import java.util.OptionalLong;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * How far the copy of a read model fed by a shared processor may go: exactly as far as that processor, whose token
 * stays the read model's position after the swap (the processor's other read models are not rebuilt). Read from
 * {@code token_entry} without claiming it, whichever instance holds it. One segment only: with several, each card's
 * events are in one segment's token and a copy would have to follow each.
 */
final class SharedPosition {

    /** What the copy does with the next event of the log. */
    enum Verdict {
        /** the processor has handled it: so must the copy */
        APPLY,
        /** the processor had not, behind its position: it hands it to the swapped read model itself */
        SKIP,
        /** the processor has not handled it yet: the copy waits */
        STOP
    }

    private record Row(byte[] token, String type) {}

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final String processor;

    SharedPosition(JdbcTemplate jdbc, Serializer serializer, String processor) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.processor = processor;
    }

    String processor() {
        return processor;
    }

    /** The processor's token now; {@code null} when it has handled nothing yet. */
    TrackingToken token() {
        List<Row> rows = jdbc.query(
                "SELECT token, token_type FROM token_entry WHERE processor_name = ? ORDER BY segment",
                (rs, n) -> new Row(rs.getBytes(1), rs.getString(2)),
                processor);
        if (rows.size() > 1) {
            throw new IllegalStateException(processor + " runs with " + rows.size()
                    + " segments: a read model it feeds can only be rebuilt while it has one");
        }
        if (rows.isEmpty() || rows.get(0).token() == null) {
            return null;
        }
        return serializer.deserialize(new SimpleSerializedObject<>(
                rows.get(0).token(), byte[].class, rows.get(0).type(), null));
    }

    /**
     * {@code event} against the processor's {@code token}. While the processor runs ({@code stopped} false) the copy
     * stops at the first event the processor has not handled, even one behind its position (it may handle it any
     * moment, into the live tables); once it is stopped for the swap such an event is skipped: the processor, started
     * again, hands it to the swapped tables.
     */
    static Verdict verdict(TrackingToken token, TrackedEventMessage<?> event, boolean stopped) {
        if (token == null) {
            return Verdict.STOP;
        }
        if (!(WrappedToken.unwrapLowerBound(token) instanceof GapAwareTrackingToken processor)) {
            throw new IllegalStateException("a shared processor's copy needs a gap-aware token, not " + token);
        }
        OptionalLong index =
                WrappedToken.unwrapLowerBound(event.trackingToken()).position();
        if (index.isEmpty() || index.getAsLong() > processor.getIndex()) {
            return Verdict.STOP;
        }
        if (!processor.getGaps().contains(index.getAsLong())) {
            return Verdict.APPLY;
        }
        return stopped ? Verdict.SKIP : Verdict.STOP;
    }
}
