package org.pointsbank.api.http;

/** RFC 4180 fields, safe to open in a spreadsheet. */
public final class Csv {

    private Csv() {}

    /** Quotes a field when needed; a leading formula character is neutralised for spreadsheets. */
    public static String field(String value) {
        if (value == null) {
            return "";
        }
        String safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }
}
