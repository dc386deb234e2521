package nl.verhuurtoezicht.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/** After login: back to the page that asked for it, otherwise to the person's own area. */
@Component
class LoginSuccessHandler extends SavedRequestAwareAuthenticationSuccessHandler {

    @Override
    protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        Optional<CurrentUser> user = CurrentUsers.from(authentication);
        return user.map(LoginSuccessHandler::home).orElse("/");
    }

    static String home(CurrentUser user) {
        if (user.has(Role.ADMIN)) {
            return "/beheer";
        }
        if (user.has(Role.LEGAL)) {
            return "/juridisch";
        }
        if (user.has(Role.COORDINATOR) || user.has(Role.INSPECTOR)) {
            return "/toezicht";
        }
        if (user.has(Role.LANDLORD)) {
            return "/verhuurder";
        }
        return "/mijn-account";
    }
}
