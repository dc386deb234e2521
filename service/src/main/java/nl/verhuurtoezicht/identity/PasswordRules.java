package nl.verhuurtoezicht.identity;

import org.springframework.stereotype.Component;

/** Length is what protects a password (NCSC, NIST SP 800-63B); composition rules are not imposed. */
@Component
class PasswordRules {

    private static final int MAX_LENGTH = 72; // bcrypt ignores what comes after 72 bytes

    private final IdentityProperties properties;

    PasswordRules(IdentityProperties properties) {
        this.properties = properties;
    }

    void check(String password, String repeat, FormProblems problems) {
        if (password == null || password.length() < properties.minPasswordLength()) {
            problems.add("password", "account.password.tooShort");
        } else if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_LENGTH) {
            problems.add("password", "account.password.tooLong");
        } else if (!password.equals(repeat)) {
            problems.add("passwordRepeat", "account.password.mismatch");
        }
    }

    int minLength() {
        return properties.minPasswordLength();
    }
}
