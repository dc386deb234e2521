package nl.verhuurtoezicht.identity;

import java.util.Collection;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** A built-in account as Spring Security sees it during and after form login. */
final class PasswordAccount implements UserDetails, CredentialsContainer, AccountPrincipal {

    private final Account account;
    private final boolean locked;
    private String passwordHash;

    PasswordAccount(Account account, boolean locked) {
        this.account = account;
        this.locked = locked;
        this.passwordHash = account.passwordHash();
    }

    @Override
    public long accountId() {
        return account.id();
    }

    @Override
    public String displayName() {
        return account.displayName();
    }

    @Override
    public Long landlordId() {
        return account.landlordId();
    }

    @Override
    public String username() {
        return account.username();
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return account.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return account.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return account.enabled();
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
