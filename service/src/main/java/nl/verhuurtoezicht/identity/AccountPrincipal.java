package nl.verhuurtoezicht.identity;

/** What the session holds about the logged-in account, whether it logged in with a password or through OIDC. */
public interface AccountPrincipal {

    long accountId();

    String username();

    String displayName();

    /** The landlord this account acts for, or null for staff. */
    Long landlordId();
}
