package org.pointsbank.api.pages.signin;

import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationTrustResolverImpl;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The sign-in page at {@code /} (the form posts to {@code /sign-in}, which Spring Security handles) and the page shown
 * when a signed-in person opens a page their role may not.
 */
@Controller
public class SignInController {

    @GetMapping("/")
    String signIn(
            @RequestParam(name = "error", required = false) String error,
            @RequestParam(name = "retry", required = false) Long retry,
            Authentication authentication,
            Model model) {
        if (authentication != null && new AuthenticationTrustResolverImpl().isAuthenticated(authentication)) {
            model.addAttribute("signedIn", true);
        }
        if ("locked".equals(error)) {
            model.addAttribute("error", "signin.error.locked");
            model.addAttribute("retry", retry == null || retry < 1 ? 1 : Math.min(retry, 86_400));
        } else if (error != null) {
            model.addAttribute("error", "signin.error.wrong");
        }
        return "signin";
    }

    @RequestMapping("/denied")
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String denied() {
        return "error/403";
    }
}
