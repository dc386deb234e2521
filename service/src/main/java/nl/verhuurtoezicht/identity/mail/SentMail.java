package nl.verhuurtoezicht.identity.mail;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A mail as recorded: in the outbox (embedded default) or sent over SMTP. {@code letterId} and {@code attachmentName}
 * name the archived letter it carried as PDF, or are null.
 */
public record SentMail(long id, String recipient, String subject, String body, String transport, OffsetDateTime createdAt,
                       UUID letterId, String attachmentName) {
}
