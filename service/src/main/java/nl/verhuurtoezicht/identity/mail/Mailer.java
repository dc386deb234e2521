package nl.verhuurtoezicht.identity.mail;

import static nl.verhuurtoezicht.db.Tables.MAIL_MESSAGE;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import nl.verhuurtoezicht.db.tables.records.MailMessageRecord;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mail for confirmations, reminders and letter notifications. With {@code spring.mail.host} set it goes
 * out over SMTP; without (the embedded default) it lands in the outbox table, readable at {@code /beheer/outbox}.
 * Either way every mail is recorded, and a repeated idempotency key sends nothing.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final DSLContext dsl;
    private final JavaMailSender smtp;
    private final MailProperties properties;
    private final Clock clock;

    Mailer(DSLContext dsl, ObjectProvider<JavaMailSender> smtp, MailProperties properties, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
        this.smtp = smtp.getIfAvailable();
        this.properties = properties;
    }

    /** Returns false when a mail with the same idempotency key was sent before (and nothing is sent now). */
    @Transactional
    public boolean send(OutgoingMail mail) {
        int inserted = dsl.insertInto(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.IDEMPOTENCY_KEY, mail.idempotencyKey())
                .set(MAIL_MESSAGE.RECIPIENT, mail.to())
                .set(MAIL_MESSAGE.SUBJECT, mail.subject())
                .set(MAIL_MESSAGE.BODY, mail.body())
                .set(MAIL_MESSAGE.TRANSPORT, smtp == null ? "OUTBOX" : "SMTP")
                .set(MAIL_MESSAGE.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .onConflict(MAIL_MESSAGE.IDEMPOTENCY_KEY).doNothing()
                .execute();
        if (inserted == 0) {
            log.debug("Mail with key {} was sent before; not sending again", mail.idempotencyKey());
            return false;
        }
        if (smtp != null) {
            SimpleMailMessage message = new SimpleMailMessage();
            message.setFrom(properties.from());
            message.setTo(mail.to());
            message.setSubject(mail.subject());
            message.setText(mail.body());
            // A failure here rolls back the record, so a retried job sends it again.
            smtp.send(message);
        }
        return true;
    }

    public boolean delivering() {
        return smtp != null;
    }

    /** The most recent mails, newest first. */
    public List<SentMail> recent(int limit) {
        return dsl.selectFrom(MAIL_MESSAGE).orderBy(MAIL_MESSAGE.ID.desc()).limit(limit).fetch(Mailer::toSentMail);
    }

    public List<SentMail> to(List<String> recipients) {
        return dsl.selectFrom(MAIL_MESSAGE).where(MAIL_MESSAGE.RECIPIENT.in(recipients)).orderBy(MAIL_MESSAGE.ID)
                .fetch(Mailer::toSentMail);
    }

    private static SentMail toSentMail(MailMessageRecord r) {
        return new SentMail(r.getId(), r.getRecipient(), r.getSubject(), r.getBody(), r.getTransport(), r.getCreatedAt());
    }
}
