package org.pointsbank.api.deadletter;

import org.axonframework.messaging.deadletter.ThrowableCause;

/**
 * A failure as a dead letter stores it: its type and a message that fits {@code cause_message}. The message
 * of a failed write can quote the event's own text, NUL included, which PostgreSQL's text refuses: parking
 * would then fail as the write did. NULs and lone surrogates are replaced, the length is capped.
 */
final class Causes {

    private Causes() {}

    static ThrowableCause of(Throwable failure) {
        String message = failure.getMessage();
        return new ThrowableCause(failure.getClass().getName(), message == null ? null : clean(message));
    }

    static String clean(String text) {
        StringBuilder clean = new StringBuilder(Math.min(text.length(), ThrowableCause.TRUNCATED_MESSAGE_SIZE));
        for (int i = 0; i < text.length() && clean.length() < ThrowableCause.TRUNCATED_MESSAGE_SIZE; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (clean.length() + 2 > ThrowableCause.TRUNCATED_MESSAGE_SIZE) {
                    break;
                }
                clean.append(c).append(text.charAt(++i));
            } else if (c == 0 || Character.isSurrogate(c)) {
                clean.append('\uFFFD');
            } else {
                clean.append(c);
            }
        }
        return clean.toString();
    }
}
