package org.pointsbank.api.input;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A request body as a tree (maps, lists, strings, numbers, {@link Raw} JSON), built valid from the request
 * record's components and written with hostile strings escaped as a hostile client would: JSON escapes for
 * controls and lone surrogates, so they reach the service's parser as such.
 */
final class FuzzBody {

    /** JSON written as is. */
    record Raw(String json) {}

    private FuzzBody() {}

    /** A valid body of {@code type}: {@code known} gives a value by field name, or null for the type's default. */
    static Map<String, Object> template(Class<?> type, Function<String, Object> known) {
        Map<String, Object> body = new LinkedHashMap<>();
        if (!type.isRecord()) {
            return body;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Object value = known.apply(component.getName());
            body.put(
                    component.getName(),
                    value != null ? value : byType(component.getType(), component.getGenericType(), known));
        }
        return body;
    }

    private static Object byType(Class<?> type, Type generic, Function<String, Object> known) {
        if (type == String.class) {
            return "fuzz";
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return 1;
        }
        if (type == Boolean.class || type == boolean.class) {
            return true;
        }
        if (type == LocalDate.class) {
            return LocalDate.now(org.pointsbank.api.IntegrationTest.ZONE).toString();
        }
        if (type == Instant.class) {
            return Instant.now().toString();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0].toString();
        }
        if (Collection.class.isAssignableFrom(type)) {
            Type element = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : String.class;
            Class<?> raw = element instanceof Class<?> c ? c : String.class;
            return new ArrayList<>(List.of(byType(raw, raw, known)));
        }
        if (type.isRecord()) {
            return template(type, known);
        }
        return new LinkedHashMap<>();
    }

    /** Every place a value can be put: field paths such as {@code [holder, name]} or {@code [stationIds, 0]}. */
    static List<List<Object>> paths(Object tree) {
        List<List<Object>> paths = new ArrayList<>();
        collect(tree, new ArrayList<>(), paths);
        return paths;
    }

    private static void collect(Object node, List<Object> at, List<List<Object>> paths) {
        if (!at.isEmpty()) {
            paths.add(List.copyOf(at));
        }
        if (node instanceof Map<?, ?> map) {
            map.forEach((key, value) -> {
                at.add(key);
                collect(value, at, paths);
                at.remove(at.size() - 1);
            });
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                at.add(i);
                collect(list.get(i), at, paths);
                at.remove(at.size() - 1);
            }
        }
    }

    /** A deep copy with {@code value} at {@code path}. */
    @SuppressWarnings("unchecked")
    static Object with(Object tree, List<Object> path, Object value) {
        Object copy = copy(tree);
        Object parent = copy;
        for (int i = 0; i < path.size() - 1; i++) {
            parent = parent instanceof Map<?, ?> map
                    ? map.get(path.get(i))
                    : ((List<Object>) parent).get((Integer) path.get(i));
        }
        Object last = path.get(path.size() - 1);
        if (parent instanceof Map<?, ?> map) {
            ((Map<Object, Object>) map).put(last, value);
        } else {
            ((List<Object>) parent).set((Integer) last, value);
        }
        return copy;
    }

    private static Object copy(Object node) {
        if (node instanceof Map<?, ?> map) {
            Map<Object, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(k, copy(v)));
            return copy;
        }
        if (node instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(copy(v)));
            return copy;
        }
        return node;
    }

    /** {@code rawControls}: write C0 controls unescaped, which JSON forbids (a parser must refuse them). */
    static String write(Object node, boolean rawControls) {
        StringBuilder out = new StringBuilder();
        write(node, rawControls, out);
        return out.toString();
    }

    private static void write(Object node, boolean rawControls, StringBuilder out) {
        if (node == null) {
            out.append("null");
        } else if (node instanceof Raw raw) {
            out.append(raw.json());
        } else if (node instanceof String text) {
            string(text, rawControls, out);
        } else if (node instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                out.append(first ? "" : ",");
                first = false;
                string(entry.getKey().toString(), rawControls, out);
                out.append(':');
                write(entry.getValue(), rawControls, out);
            }
            out.append('}');
        } else if (node instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ",");
                write(list.get(i), rawControls, out);
            }
            out.append(']');
        } else {
            out.append(node);
        }
    }

    private static void string(String text, boolean rawControls, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                out.append(c).append(text.charAt(++i));
            } else if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 && rawControls) {
                out.append(c);
            } else if (c < 0x20
                    || (c >= 0x7f && c <= 0x9f)
                    || Character.isSurrogate(c)
                    || c >= 0xfdd0 && c <= 0xfdef
                    || c >= 0xfffe) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
