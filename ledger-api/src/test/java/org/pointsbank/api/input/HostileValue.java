package org.pointsbank.api.input;

/**
 * A value the fuzz puts somewhere: {@code text} is a string (JSON string, path segment, query value or header), or
 * {@code json} is raw JSON (a wrong type, a huge number, a deep structure) used where JSON goes.
 *
 * @param refusedAsText whether the text itself is not printable Unicode or is longer than any field takes (2,000)
 */
record HostileValue(String kind, String text, String json, boolean refusedAsText) {

    static HostileValue text(String kind, String text, boolean refused) {
        return new HostileValue(kind, text, null, refused);
    }

    static HostileValue json(String kind, String json) {
        return new HostileValue(kind, null, json, false);
    }

    /** As text in a URL or a header: raw JSON is sent as its characters. */
    String asText() {
        return text != null ? text : json;
    }

    @Override
    public String toString() {
        String shown = asText();
        return kind + "("
                + (shown.length() > 60 ? shown.substring(0, 60) + "…[" + shown.length() + "]" : shown)
                        .chars()
                        .mapToObj(c ->
                                c < 0x20 || (c >= 0x7f && c <= 0x9f) || Character.isSurrogate((char) c) || c >= 0xfdd0
                                        ? String.format("\\u%04x", c)
                                        : String.valueOf((char) c))
                        .reduce("", String::concat)
                + ")";
    }
}
