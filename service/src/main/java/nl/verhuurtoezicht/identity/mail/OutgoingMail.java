package nl.verhuurtoezicht.identity.mail;

import java.util.Objects;
import java.util.UUID;

/**
 * A plain-text e-mail, optionally with one archived letter attached as PDF. {@code idempotencyKey} (optional) makes
 * sending it twice send it once, for job workers that may run a job again: use something like
 * {@code "permit-reminder:" + permitId + ":" + dueDate}. {@code letterId} (optional) is the id of a letter in the
 * letter archive; the mail then carries that letter's PDF as {@code <kenmerk>.pdf}.
 */
public record OutgoingMail(String to, String subject, String body, String idempotencyKey, UUID letterId) {

    public OutgoingMail {
        Objects.requireNonNull(to, "recipient");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        if (to.isBlank() || !to.contains("@")) {
            throw new IllegalArgumentException("Not an e-mail address: '" + to + "'");
        }
    }

    public static OutgoingMail once(String idempotencyKey, String to, String subject, String body) {
        return new OutgoingMail(to, subject, body, Objects.requireNonNull(idempotencyKey, "idempotency key"), null);
    }

    public static OutgoingMail of(String to, String subject, String body) {
        return new OutgoingMail(to, subject, body, null, null);
    }

    /** This mail with the archived letter {@code letterId} attached as its PDF. */
    public OutgoingMail withLetter(UUID letterId) {
        return new OutgoingMail(to, subject, body, idempotencyKey, Objects.requireNonNull(letterId, "letter id"));
    }
}
