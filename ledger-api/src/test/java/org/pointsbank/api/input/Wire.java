package org.pointsbank.api.input;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** How the fuzz test's values go on the wire (URLs, headers, whole bodies), and which the service must refuse there. */
final class Wire {

    private Wire() {}

    /** A body that is no valid request: truncated, not UTF-8, deeply nested, the wrong shape, or 1 MB. */
    static byte[] wholeBody(Object template, Random random) {
        String valid = FuzzBody.write(template, false);
        return switch (random.nextInt(6)) {
            case 0 ->
                valid.substring(0, 1 + random.nextInt(valid.length() - 1)) // never empty: some bodies are optional
                        .getBytes(StandardCharsets.UTF_8);
            case 1 -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] start = valid.getBytes(StandardCharsets.UTF_8);
                out.write(start, 0, start.length - 2);
                out.writeBytes(new byte[][] {
                            {(byte) 0xc3, 0x28},
                            {(byte) 0xed, (byte) 0xa0, (byte) 0x80},
                            {(byte) 0xff},
                            {(byte) 0xc0, (byte) 0x80}
                        }
                        [random.nextInt(4)]);
                out.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
                yield out.toByteArray();
            }
            case 2 -> ("[".repeat(30_000) + "]".repeat(30_000)).getBytes(StandardCharsets.UTF_8);
            case 3 ->
                new String[] {"[]", "\"text\"", "1", "[" + valid + "]", valid + valid, valid + " x"}
                        [random.nextInt(6)].getBytes(StandardCharsets.UTF_8);
            case 4 -> ("{\"a\":\"" + "m".repeat(1 << 20) + "\"}").getBytes(StandardCharsets.UTF_8);
            default ->
                (valid.substring(0, valid.length() - 1) + ",\"" + "k".repeat(10) + "\":" + "[1,".repeat(3_000) + "1"
                                + "]".repeat(3_000) + "}")
                        .getBytes(StandardCharsets.UTF_8);
        };
    }

    /** The service must refuse this text in a path variable or query parameter (what Tomcat decodes it to). */
    static boolean refusedInUrl(String text) {
        return text.length() > 255
                || text.chars().anyMatch(c -> !Character.isSurrogate((char) c) && unprintable(c))
                || text.codePoints().anyMatch(Wire::nonCharacter);
    }

    static boolean refusedInHeader(String decoded, String header) {
        int max = header.equals("Accept") ? 1_000 : 255;
        return decoded.length() > max || decoded.strip().chars().anyMatch(Wire::unprintable);
    }

    static boolean unprintable(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f);
    }

    static boolean nonCharacter(int codePoint) {
        return (codePoint >= 0xfdd0 && codePoint <= 0xfdef) || (codePoint & 0xfffe) == 0xfffe;
    }

    /** UTF-8 percent-encoding; a lone surrogate as the 3 bytes a careless encoder writes (CESU-8). */
    static String percent(String text) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '-'
                    || c == '.'
                    || c == '_') {
                out.append(c);
                continue;
            }
            byte[] bytes;
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes = text.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes = new byte[] {
                    (byte) (0xe0 | (c >> 12)), (byte) (0x80 | ((c >> 6) & 0x3f)), (byte) (0x80 | (c & 0x3f))
                };
            } else {
                bytes = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
            }
            for (byte b : bytes) {
                out.append('%').append(String.format("%02X", b & 0xff));
            }
        }
        return out.toString();
    }

    /** Header bytes as a client writes them: Latin-1 where it can, UTF-8 beyond; no CR or LF (no header injection). */
    static byte[] headerBytes(String text) {
        String flat = text.replace('\r', ' ').replace('\n', ' ');
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < flat.length(); i++) {
            char c = flat.charAt(i);
            if (c < 0x100) {
                out.write(c);
            } else {
                int end = Character.isHighSurrogate(c) && i + 1 < flat.length() ? i + 2 : i + 1;
                out.writeBytes(flat.substring(i, end).getBytes(StandardCharsets.UTF_8));
                i = end - 1;
            }
        }
        return out.toByteArray();
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
