package nl.verhuurtoezicht.identity;

import java.util.Locale;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.identity.mail.OutgoingMail;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The texts of the account mails, in the language the person used on the site. */
@Component
class AccountMails {

    private final Mailer mailer;
    private final MessageSource messages;

    AccountMails(Mailer mailer, MessageSource messages) {
        this.mailer = mailer;
        this.messages = messages;
    }

    void confirmRegistration(String to, String name, String link, Locale locale) {
        send(to, "mail.confirm", locale, name, link);
    }

    void alreadyRegistered(String to, String resetLink, Locale locale) {
        send(to, "mail.alreadyRegistered", locale, resetLink);
    }

    void resetPassword(String to, String name, String link, Locale locale) {
        send(to, "mail.reset", locale, name, link);
    }

    void accountCreated(String to, String name, String link, Locale locale) {
        send(to, "mail.staffAccount", locale, name, link);
    }

    private void send(String to, String key, Locale locale, Object... arguments) {
        mailer.send(OutgoingMail.of(to, messages.getMessage(key + ".subject", null, locale),
                messages.getMessage(key + ".body", arguments, locale)));
    }
}
