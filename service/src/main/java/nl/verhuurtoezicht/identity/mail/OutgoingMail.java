package nl.verhuurtoezicht.identity.mail;

import java.util.Objects;

/**
 * A plain-text e-mail. {@code idempotencyKey} (optional) makes sending it twice send it once, for job workers
 * that may run a job again: use something like {@code "permit-reminder:" + permitId + ":" + dueDate}.
 */
public record OutgoingMail(String to, String subject, String body, String idempotencyKey) {

    public OutgoingMail {
        Objects.requireNonNull(to, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (to.isBlank() || !to.contains("@")) {
            throw new IllegalArgumentException("Not an e-mail address: '" + to + "'");
        }
    }

    public static OutgoingMail once(String idempotencyKey, String to, String subject, String body) {
        return new OutgoingMail(to, subject, body, Objects.requireNonNull(idempotencyKey, "idempotency key"));
    }

    public static OutgoingMail of(String to, String subject, String body) {
        return new OutgoingMail(to, subject, body, null);
    }
}
