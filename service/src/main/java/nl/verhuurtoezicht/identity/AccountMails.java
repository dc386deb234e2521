package nl.verhuurtoezicht.identity;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.identity.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The texts of the account mails, in the language the person used on the site. */
@Component
class AccountMails {

    private static final ZoneId MUNICIPAL_TIME = ZoneId.of("Europe/Amsterdam");
    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm");

    private final Mailer mailer;
    private final MessageSource messages;

    AccountMails(Mailer mailer, MessageSource messages) {
        this.mailer = mailer;
        this.messages = messages;
    }

    void confirmRegistration(String to, String name, String link, Instant expires, Locale locale) {
        send(to, "mail.confirm", locale, name, link, local(expires));
    }

    void alreadyRegistered(String to, String resetLink, Instant expires, Locale locale) {
        send(to, "mail.alreadyRegistered", locale, resetLink, local(expires));
    }

    void resetPassword(String to, String name, String link, Instant expires, Locale locale) {
        send(to, "mail.reset", locale, name, link, local(expires));
    }

    void accountCreated(String to, String name, String link, Instant expires, Locale locale) {
        send(to, "mail.staffAccount", locale, name, link, local(expires));
    }

    /** Dutch municipal time, whatever the server's zone. */
    private static String local(Instant instant) {
        return EXPIRY.format(instant.atZone(MUNICIPAL_TIME));
    }

    private void send(String to, String key, Locale locale, Object... arguments) {
        mailer.send(OutgoingMail.of(to, messages.getMessage(key + ".subject", null, locale),
                messages.getMessage(key + ".body", arguments, locale)));
    }
}
