package nl.verhuurtoezicht.identity;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/** A person logged in through the OIDC provider, linked to the local account that carries their roles. */
final class OidcAccount extends DefaultOidcUser implements AccountPrincipal {

    private final long accountId;
    private final String username;
    private final String displayName;
    private final Long landlordId;

    OidcAccount(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo, Account account) {
        super(authorities, idToken, userInfo, IdTokenClaimNames.SUB);
        this.accountId = account.id();
        this.username = account.username();
        this.displayName = account.displayName();
        this.landlordId = account.landlordId();
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    @Override
    public Long landlordId() {
        return landlordId;
    }
}
