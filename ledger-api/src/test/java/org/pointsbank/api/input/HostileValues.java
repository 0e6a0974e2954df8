package org.pointsbank.api.input;

import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * What a hostile client sends: text that must be refused (NUL, C0/C1 controls, DEL, lone surrogates,
 * non-characters, over-long, 1 MB), text that must be accepted where text is (right-to-left, zero-width, emoji,
 * Chinese, line breaks, SQL and path look-alikes), and JSON of the wrong shape (types, huge numbers, far dates,
 * deep nesting). Drawn from one seeded {@link Random}.
 */
final class HostileValues {

    private static final List<Function<Random, HostileValue>> REFUSED = List.of(
            r -> refused("nul", words(r) + "\u0000" + words(r)),
            r -> refused("c0", words(r) + (char) pickInt(r, 0x01, 0x08, 0x0b, 0x0c, 0x0e, 0x1b, 0x1f) + words(r)),
            r -> refused("del", "x\u007fy"),
            r -> refused("c1", words(r) + (char) (0x80 + r.nextInt(32))),
            r -> refused("lone-high", words(r) + (char) (0xd800 + r.nextInt(0x400))),
            r -> refused("lone-low", (char) (0xdc00 + r.nextInt(0x400)) + words(r)),
            r -> refused("reversed-pair", "\udc00\ud800"),
            r -> refused("noncharacter", words(r) + (char) pickInt(r, 0xfdd0, 0xfdef, 0xfffe, 0xffff)),
            r -> refused(
                    "plane-noncharacter",
                    new String(Character.toChars(((1 + r.nextInt(16)) << 16) | 0xfffe + r.nextInt(2)))),
            r -> refused("too-long", "x".repeat(2_001 + r.nextInt(3_000))),
            r -> refused("1MB", "m".repeat(1 << 20)));

    private static final List<Function<Random, HostileValue>> PRINTABLE = List.of(
            r -> printable("rtl", "مرحبا بالعالم \u202Eאבג\u202C"),
            r -> printable("zero-width", "a\u200Bb\u200Cc\u200Dd\uFEFFe\u2060"),
            r -> printable("emoji", "🌳👩‍🚀🇨🇳"),
            r -> printable("chinese", "公园清洁与读书会"),
            r -> printable("line-breaks", "one\ntwo\r\nthree\tfour"),
            r -> printable("sql", "' OR 1=1; DROP TABLE station; --"),
            r -> printable("traversal", "../../etc/passwd"),
            r -> printable("percent", "%00%2F%u0000"),
            r -> printable("json-ish", "{\"a\":[1,2]}"),
            r -> printable("empty", ""),
            r -> printable("spaces", "   "),
            r -> printable("long-ok", "l".repeat(300 + r.nextInt(1_600))),
            r -> printable(
                    "far-date",
                    pick(
                            r,
                            "+1000000-01-01",
                            "-999999999-01-01",
                            "0000-00-00",
                            "9999-12-31",
                            "2026-02-30",
                            "+1000000-01-01T00:00:00Z",
                            "-1000000-01-01T00:00:00Z",
                            "1969-12-31T23:59:59Z",
                            "+999999999-12",
                            "0000-01",
                            "9999-99")),
            r -> printable("number-text", pick(r, "99999999999999999999", "-1", "0", "1e400", "NaN", "0x10")));

    private static final List<Function<Random, HostileValue>> SHAPES = List.of(
            r -> HostileValue.json(
                    "huge-number",
                    pick(
                            r,
                            "123456789012345678901234567890",
                            "1e400",
                            "-1e400",
                            "2147483648",
                            "-2147483649",
                            "9223372036854775808",
                            "1" + "0".repeat(5000))),
            r -> HostileValue.json("edge-number", pick(r, "-1", "0", "60.5", "-0", "1.0E2", "721")),
            r -> HostileValue.json(
                    "wrong-type",
                    pick(r, "true", "false", "null", "[]", "{}", "[1,2]", "{\"a\":{\"b\":1}}", "[\"x\"]", "\"\"")),
            r -> {
                int depth = depth(r);
                return HostileValue.json("deep", "[".repeat(depth) + "1" + "]".repeat(depth));
            },
            r -> HostileValue.json("deep-object", "{\"a\":".repeat(2_000) + "1" + "}".repeat(2_000)));

    private HostileValues() {}

    static HostileValue refusedText(Random random) {
        return REFUSED.get(random.nextInt(REFUSED.size())).apply(random);
    }

    static HostileValue printableText(Random random) {
        return PRINTABLE.get(random.nextInt(PRINTABLE.size())).apply(random);
    }

    static HostileValue shape(Random random) {
        return SHAPES.get(random.nextInt(SHAPES.size())).apply(random);
    }

    /** Anything of the above: a mixed run's draw. */
    static HostileValue any(Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> refusedText(random);
            case 1 -> printableText(random);
            default -> shape(random);
        };
    }

    private static int depth(Random random) {
        return pickInt(random, 1_001, 2_000, 5_000, 20_000);
    }

    private static HostileValue refused(String kind, String text) {
        return HostileValue.text(kind, text, true);
    }

    private static HostileValue printable(String kind, String text) {
        return HostileValue.text(kind, text, false);
    }

    private static String words(Random random) {
        return pick(random, "", "a", "park ", "公园", "مرحبا", "🌳");
    }

    @SafeVarargs
    private static <T> T pick(Random random, T... choices) {
        return choices[random.nextInt(choices.length)];
    }

    private static int pickInt(Random random, int... choices) {
        return choices[random.nextInt(choices.length)];
    }
}
