package org.pointsbank.api;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Raw HTTP/1.0 from a chosen loopback address (Linux routes all of 127/8 to loopback), so the service's
 * {@code request.getRemoteAddr()} sees distinct clients, and with header values sent byte for byte as written
 * (a tab, a misspelt scheme), which {@link java.net.http.HttpClient} would not send or choose.
 */
public final class FromAddress {

    private final String address;
    private final int port;

    public FromAddress(String address, int port) {
        this.address = address;
        this.port = port;
    }

    /** {@code authorization} is the whole header value, or null for none. */
    public ApiResponse get(String path, String authorization) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (authorization != null) {
            headers.put("Authorization", authorization);
        }
        return send("GET", path, headers, null);
    }

    public ApiResponse send(String method, String path, Map<String, String> headers, String body) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(address), 0));
            socket.connect(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 5_000);
            socket.setSoTimeout(30_000);
            byte[] content = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.0\r\nHost: localhost\r\n"
                    + "Accept: application/json\r\nContent-Length: " + content.length + "\r\n");
            headers.forEach((name, value) ->
                    head.append(name).append(": ").append(value).append("\r\n"));
            OutputStream out = socket.getOutputStream();
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.write(content);
            out.flush();
            return parse(new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ApiResponse parse(String raw) {
        int end = raw.indexOf("\r\n\r\n");
        String[] lines = raw.substring(0, end).split("\r\n");
        int status = Integer.parseInt(lines[0].split(" ")[1]);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (int i = 1; i < lines.length; i++) {
            int colon = lines[i].indexOf(':');
            headers.computeIfAbsent(lines[i].substring(0, colon).trim(), n -> new ArrayList<>())
                    .add(lines[i].substring(colon + 1).trim());
        }
        return new ApiResponse(status, HttpHeaders.of(headers, (n, v) -> true), raw.substring(end + 4));
    }
}
