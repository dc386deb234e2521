package nl.verhuurtoezicht.identity.mail;

import static nl.verhuurtoezicht.db.Tables.MAIL_MESSAGE;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.verhuurtoezicht.db.tables.records.MailMessageRecord;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.StoredLetter;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.mail.MailPreparationException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends e-mail for confirmations, reminders and letter notifications. With {@code spring.mail.host} set it goes
 * out over SMTP; without (the embedded default) it lands in the outbox table, readable at {@code /beheer/outbox}.
 * Either way every mail is recorded, and a repeated idempotency key sends nothing. A mail that carries an archived
 * letter records only the letter's id; its PDF is read from the append-only archive when the mail goes out.
 */
@Service
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final DSLContext dsl;
    private final JavaMailSender smtp;
    private final MailProperties properties;
    private final LetterService letters;
    private final Clock clock;

    Mailer(DSLContext dsl, ObjectProvider<JavaMailSender> smtp, MailProperties properties, LetterService letters, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
        this.smtp = smtp.getIfAvailable();
        this.properties = properties;
        this.letters = letters;
    }

    /**
     * Returns false when a mail with the same idempotency key was sent before (and nothing is sent now).
     *
     * @throws IllegalArgumentException when the mail names a letter the archive does not hold; nothing is recorded
     */
    @Transactional
    public boolean send(OutgoingMail mail) {
        StoredLetter letter = mail.letterId() == null ? null : letters.find(mail.letterId()).orElseThrow(() ->
                new IllegalArgumentException("Mail '" + mail.subject() + "' names letter " + mail.letterId()
                        + " as its attachment, but the letter archive does not hold it"));
        int inserted = dsl.insertInto(MAIL_MESSAGE)
                .set(MAIL_MESSAGE.IDEMPOTENCY_KEY, mail.idempotencyKey())
                .set(MAIL_MESSAGE.RECIPIENT, mail.to())
                .set(MAIL_MESSAGE.SUBJECT, mail.subject())
                .set(MAIL_MESSAGE.BODY, mail.body())
                .set(MAIL_MESSAGE.LETTER_ID, mail.letterId())
                .set(MAIL_MESSAGE.ATTACHMENT_NAME, letter == null ? null : attachmentName(letter))
                .set(MAIL_MESSAGE.TRANSPORT, smtp == null ? "OUTBOX" : "SMTP")
                .set(MAIL_MESSAGE.CREATED_AT, clock.instant().atOffset(ZoneOffset.UTC))
                .onConflict(MAIL_MESSAGE.IDEMPOTENCY_KEY).doNothing()
                .execute();
        if (inserted == 0) {
            log.debug("Mail with key {} was sent before; not sending again", mail.idempotencyKey());
            return false;
        }
        if (smtp != null) {
            // A failure here rolls back the record, so a retried job sends it again, with the same archived PDF.
            if (letter == null) {
                smtp.send(plainText(mail));
            } else {
                smtp.send(withAttachment(mail, letter));
            }
        }
        return true;
    }

    private SimpleMailMessage plainText(OutgoingMail mail) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.from());
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.body());
        return message;
    }

    private MimeMessage withAttachment(OutgoingMail mail, StoredLetter letter) {
        MimeMessage message = smtp.createMimeMessage();
        try {
            MimeMessageHelper helper = new MimeMessageHelper(message, MimeMessageHelper.MULTIPART_MODE_MIXED, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(mail.to());
            helper.setSubject(mail.subject());
            helper.setText(mail.body());
            helper.addAttachment(attachmentName(letter), new ByteArrayResource(letter.pdf()), MediaType.APPLICATION_PDF_VALUE);
        } catch (MessagingException e) {
            throw new MailPreparationException("Cannot attach letter " + letter.kenmerk() + " to mail '" + mail.subject() + "'", e);
        }
        return message;
    }

    private static String attachmentName(StoredLetter letter) {
        return letter.kenmerk() + ".pdf";
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
        return new SentMail(r.getId(), r.getRecipient(), r.getSubject(), r.getBody(), r.getTransport(), r.getCreatedAt(),
                r.getLetterId(), r.getAttachmentName());
    }
}
