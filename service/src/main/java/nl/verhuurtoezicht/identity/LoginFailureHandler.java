package nl.verhuurtoezicht.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Says why a login failed without saying whether the user name exists: a lock is reported for any locked name
 * (existing or not); a wrong password, an unknown name and an unconfirmed address share one message.
 */
@Component
class LoginFailureHandler extends SimpleUrlAuthenticationFailureHandler {

    private final LoginThrottle throttle;

    LoginFailureHandler(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String reason = throttle.isLocked(request.getParameter("username")) ? "locked" : "error";
        getRedirectStrategy().sendRedirect(request, response, SecurityConfiguration.LOGIN_PAGE + "?" + reason);
    }
}
