package nl.verhuurtoezicht.identity;

import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The login page: user name and password, plus a button per configured OIDC provider. */
@Controller
class LoginController {

    record OidcProvider(String name, String url) {
    }

    private final List<OidcProvider> providers = new ArrayList<>();

    LoginController(ObjectProvider<InMemoryClientRegistrationRepository> registrations) {
        InMemoryClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository != null) {
            for (ClientRegistration registration : repository) {
                providers.add(new OidcProvider(registration.getClientName(),
                        "/oauth2/authorization/" + registration.getRegistrationId()));
            }
        }
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("oidcProviders", providers);
        return "identity/login";
    }
}
