package org.pointsbank.ops.bench;

import java.io.IOException;
import java.util.List;

/**
 * Call {@code i}: volunteer {@code i} checks their own card in, {@code POST /activities/{activityId}/check-ins
 * {code}}, signed in as themselves, with the code {@link CheckInCodes} holds at that moment. 2xx counts as done;
 * anything else (e.g. {@code 422 CHECK_IN_CODE_INVALID}, {@code 409 ALREADY_CHECKED_IN}) as an error by key.
 */
final class SelfCheckIn implements Operation {

    private final List<ActivityApi> volunteers;
    private final String activityId;
    private final CheckInCodes codes;

    /** {@code volunteers}: each volunteer's requests, signed in as them. */
    SelfCheckIn(List<ActivityApi> volunteers, String activityId, CheckInCodes codes) {
        this.volunteers = List.copyOf(volunteers);
        this.activityId = activityId;
        this.codes = codes;
    }

    @Override
    public Outcome call(long sequence) throws InterruptedException {
        if (sequence >= volunteers.size()) {
            return Outcome.error("no volunteer left");
        }
        try {
            HttpAnswer answer = volunteers.get((int) sequence).checkInWithCode(activityId, codes.code());
            return answer.isSuccess() ? Outcome.ok() : Outcome.error(answer.errorKey());
        } catch (IOException e) {
            return Outcome.failed(e);
        }
    }
}
