package org.pointsbank.api.pages.desk;

import java.nio.charset.StandardCharsets;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriUtils;

/** Post/Redirect/Get: a desk action that succeeded answers 303 See Other to the page that shows its result. */
final class Redirects {

    private Redirects() {}

    /**
     * The page that shows a recorded action, at a URL of its own ({@code ?recorded=<id>}): the browser keeps each
     * rendered page for its history under its URL ({@link HistoryCache}), so going back to the page a form was sent
     * from shows that form with its own key, never the form of a later page at the same URL.
     */
    static String recorded(String path, Object id) {
        return id == null
                ? path
                : path + "?recorded=" + UriUtils.encodeQueryParam(id.toString(), StandardCharsets.UTF_8);
    }

    static ModelAndView seeOther(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }
}
