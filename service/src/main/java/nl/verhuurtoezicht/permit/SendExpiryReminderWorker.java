package nl.verhuurtoezicht.permit;

import io.camunda.client.annotation.JobWorker;
import io.camunda.client.annotation.VariablesAsType;
import nl.verhuurtoezicht.identity.AccountRepository;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.identity.mail.OutgoingMail;
import org.springframework.stereotype.Component;

/** Reminds the holder before the permit expires, so that a renewal can be decided in time. */
@Component
public class SendExpiryReminderWorker {

    private final PermitRegister register;
    private final AccountRepository accounts;
    private final Mailer mailer;

    SendExpiryReminderWorker(PermitRegister register, AccountRepository accounts, Mailer mailer) {
        this.register = register;
        this.accounts = accounts;
        this.mailer = mailer;
    }

    @JobWorker(type = "permit-send-expiry-reminder")
    public void remind(@VariablesAsType PermitVariables variables) {
        Permit permit = register.find(variables.permitId()).orElseThrow();
        accounts.byLandlord(permit.landlordId()).stream().filter(a -> a.email() != null && a.enabled())
                .forEach(a -> mailer.send(OutgoingMail.once("permit-reminder:" + permit.id() + ":" + a.id(), a.email(),
                        "Uw verhuurvergunning " + permit.permitNumber() + " verloopt op " + permit.validUntil(),
                        "Uw verhuurvergunning " + permit.permitNumber() + " is geldig tot en met " + permit.validUntil()
                                + ". Wilt u daarna blijven verhuren, vraag dan op tijd een nieuwe vergunning aan.")));
        register.markReminded(permit.id());
    }
}
