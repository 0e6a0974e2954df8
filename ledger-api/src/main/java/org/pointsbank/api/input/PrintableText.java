package org.pointsbank.api.input;

/**
 * The one rule for text the API accepts: printable Unicode within a length. Line breaks and tab are text;
 * other C0/C1 controls (NUL included), DEL, lone surrogates and Unicode non-characters are not: PostgreSQL's
 * {@code text} and {@code jsonb} refuse some of them, and none is anything a person typed.
 */
public final class PrintableText {

    /** Free text (activities, topics, reasons, names) unless a field says less. */
    public static final int MAX_FREE_TEXT = 2_000;
    /** Path variables, query parameters and the headers the service reads: ids, months, instants, cursors. */
    public static final int MAX_PARAMETER = 255;

    private PrintableText() {}

    /** Why {@code value} is refused, or null when it is printable text of at most {@code maxLength} characters. */
    public static String refusal(String value, int maxLength, boolean checkCharacters) {
        if (value.length() > maxLength) {
            return "must be at most " + maxLength + " characters";
        }
        if (!checkCharacters) {
            return null;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, value.charAt(++i));
                if (isNonCharacter(codePoint)) {
                    return nonCharacter(codePoint, i - 1);
                }
            } else if (Character.isSurrogate(c)) {
                return "holds a lone surrogate (U+" + hex(c) + ") at position " + i + ": not valid Unicode text";
            } else if (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t') {
                return "holds the control character U+" + hex(c) + " at position " + i
                        + ": only printable text is accepted";
            } else if (isNonCharacter(c)) {
                return nonCharacter(c, i);
            }
        }
        return null;
    }

    static boolean isNonCharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    private static String nonCharacter(int codePoint, int position) {
        return "holds the Unicode non-character U+" + hex(codePoint) + " at position " + position;
    }

    private static String hex(int codePoint) {
        return String.format("%04X", codePoint);
    }
}
