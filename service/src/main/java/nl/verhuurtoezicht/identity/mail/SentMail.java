package nl.verhuurtoezicht.identity.mail;

import java.time.OffsetDateTime;

/** A mail as recorded: in the outbox (embedded default) or sent over SMTP. */
public record SentMail(long id, String recipient, String subject, String body, String transport, OffsetDateTime createdAt) {
}
