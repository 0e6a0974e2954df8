package org.pointsbank.api.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, one connection a request: java.net.http refuses to send the bytes a hostile
 * client sends (controls in headers, raw bytes in the request target), so the fuzz writes them itself.
 */
final class RawHttp {

    /** What came back: the status, the Content-Type, the correlation id, and the body's start (for messages). */
    record Answer(int status, String contentType, String correlationId, String body) {}

    /** The server closed the connection without answering (e.g. a request line or header over Tomcat's limit). */
    static final int CLOSED = 0;

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    static String basic(String username, String password) {
        return "Basic "
                + Base64.getEncoder().encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** {@code target} is sent as given (already percent-encoded or deliberately not); header values as bytes. */
    Answer send(String method, String target, Map<String, byte[]> headers, byte[] body) {
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(60_000);
            socket.connect(new InetSocketAddress("localhost", port), 5_000);
            ByteArrayOutputStream request = new ByteArrayOutputStream();
            request.write((method + " " + target + " HTTP/1.1\r\nHost: localhost:" + port + "\r\nConnection: close\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            for (Map.Entry<String, byte[]> header : headers.entrySet()) {
                request.write((header.getKey() + ": ").getBytes(StandardCharsets.ISO_8859_1));
                request.write(header.getValue());
                request.write(CRLF);
            }
            if (body != null) {
                request.write(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
            }
            request.write(CRLF);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request.toByteArray());
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException refusedEarly) {
                // the server answered (400, 413) and closed before reading all of it: read what it said
            }
            byte[] answer;
            try {
                answer = socket.getInputStream().readAllBytes();
            } catch (IOException reset) {
                answer = new byte[0];
            }
            return answer.length == 0
                    ? new Answer(CLOSED, null, null, "connection closed without an answer")
                    : parse(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + target, e);
        }
    }

    private static final byte[] CRLF = {'\r', '\n'};

    private static Answer parse(byte[] raw) {
        String text = new String(raw, StandardCharsets.ISO_8859_1);
        int headerEnd = text.indexOf("\r\n\r\n");
        String head = headerEnd < 0 ? text : text.substring(0, headerEnd);
        String[] lines = head.split("\r\n");
        if (lines.length == 0 || !lines[0].startsWith("HTTP/1.1 ")) {
            throw new IllegalStateException("no HTTP answer: " + text);
        }
        int status = Integer.parseInt(lines[0].substring(9, 12));
        String contentType = null;
        String correlationId = null;
        for (String line : lines) {
            if (line.regionMatches(true, 0, "Content-Type:", 0, 13)) {
                contentType = line.substring(13).trim();
            } else if (line.regionMatches(true, 0, "X-Correlation-Id:", 0, 17)) {
                correlationId = line.substring(17).trim();
            }
        }
        String body =
                headerEnd < 0 ? "" : new String(raw, headerEnd + 4, raw.length - headerEnd - 4, StandardCharsets.UTF_8);
        return new Answer(status, contentType, correlationId, body.length() > 300 ? body.substring(0, 300) : body);
    }
}
