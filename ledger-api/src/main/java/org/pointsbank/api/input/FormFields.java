package org.pointsbank.api.input;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import org.springframework.http.MediaType;

/** Which of a request's parameters came in its URL, and whether it is a form POST whose body holds the others. */
final class FormFields {

    private FormFields() {}

    static boolean isFormPost(HttpServletRequest request) {
        String type = request.getContentType();
        if (!"POST".equals(request.getMethod()) || type == null) {
            return false;
        }
        try {
            return MediaType.APPLICATION_FORM_URLENCODED.includes(MediaType.parseMediaType(type));
        } catch (org.springframework.http.InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    /** The names of the parameters in the query string (a parameter may also be in the form). */
    static Set<String> namesInQuery(HttpServletRequest request) {
        Set<String> names = new HashSet<>();
        String query = request.getQueryString();
        if (query == null) {
            return names;
        }
        for (String pair : query.split("&")) {
            String name = pair.contains("=") ? pair.substring(0, pair.indexOf('=')) : pair;
            try {
                names.add(URLDecoder.decode(name, StandardCharsets.UTF_8));
            } catch (IllegalArgumentException malformed) {
                names.add(name);
            }
        }
        return names;
    }
}
