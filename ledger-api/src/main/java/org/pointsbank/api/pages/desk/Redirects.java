package org.pointsbank.api.pages.desk;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/** Post/Redirect/Get: a desk action that succeeded answers 303 See Other to the page that shows its result. */
final class Redirects {

    private Redirects() {}

    static ModelAndView seeOther(String path) {
        RedirectView view = new RedirectView(path, true);
        view.setStatusCode(HttpStatus.SEE_OTHER);
        view.setExposeModelAttributes(false);
        return new ModelAndView(view);
    }
}
