package org.pointsbank.ops.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HttpAnswerTest {

    private static HttpAnswer answer(int status, String body) {
        return new HttpAnswer(status, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void keysAProblemByStatusAndCode() {
        HttpAnswer problem =
                answer(422, "{\"status\":422,\"code\":\"DAILY_LIMIT_EXCEEDED\",\"detail\":\"720 minutes\"}");

        assertThat(problem.code()).isEqualTo("DAILY_LIMIT_EXCEEDED");
        assertThat(problem.errorKey()).isEqualTo("422 DAILY_LIMIT_EXCEEDED");
        assertThat(problem.detail()).isEqualTo("720 minutes");
        assertThat(problem.isSuccess()).isFalse();
    }

    @Test
    void keysAnythingElseByStatusAlone() {
        HttpAnswer gateway = answer(502, "<html>\n <h1>Bad Gateway</h1></html>");

        assertThat(gateway.code()).isNull();
        assertThat(gateway.errorKey()).isEqualTo("502");
        assertThat(gateway.detail()).isEqualTo("<html> <h1>Bad Gateway</h1></html>");
        assertThat(answer(500, "").detail()).isEqualTo("empty body");
        assertThat(answer(201, "{}").isSuccess()).isTrue();
    }
}
