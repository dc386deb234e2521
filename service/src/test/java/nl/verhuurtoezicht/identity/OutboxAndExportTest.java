package nl.verhuurtoezicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verhuurtoezicht.identity.mail.Mailer;
import nl.verhuurtoezicht.identity.mail.OutgoingMail;
import nl.verhuurtoezicht.identity.mail.SentMail;
import nl.verhuurtoezicht.letters.Addressee;
import nl.verhuurtoezicht.letters.LetterData;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterLanguage;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.support.ServiceTest;
import nl.verhuurtoezicht.support.TestAccounts;
import nl.verhuurtoezicht.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The embedded default without SMTP: mails land in the outbox page; plus the AVG export of one landlord. */
@ServiceTest
class OutboxAndExportTest {

    @Autowired
    Mailer mailer;

    @Autowired
    TestAccounts accounts;

    @Autowired
    AccountRepository accountRepository;

    @Autowired
    ObjectMapper json;

    @Autowired
    LetterService letters;

    @LocalServerPort
    int port;

    @Test
    void withoutAnSmtpHostARegistrationMailIsReadableInTheOutboxAndItsLinkWorks() {
        String email = "outbox-" + UUID.randomUUID() + "@test.example";
        WebSession.on(port).submit("/account/registreren", "/account/registreren", Map.of("email", email,
                "displayName", "Olga Outbox", "landlordName", "Olga Outbox", "kvkNumber", "",
                "password", "outbox passphrase", "passwordRepeat", "outbox passphrase"));

        assertThat(mailer.delivering()).isFalse();
        SentMail mail = mailer.recent(50).stream().filter(m -> m.recipient().equals(email)).findFirst().orElseThrow();
        assertThat(mail.transport()).isEqualTo("OUTBOX");

        WebSession admin = WebSession.on(port);
        admin.login(accounts.staff(Role.ADMIN).username(), TestAccounts.PASSWORD);
        assertThat(admin.get("/beheer/outbox").body()).contains(email).contains("Bevestig uw registratie bij Verhuurtoezicht");

        String link = mail.body().lines().filter(line -> line.startsWith("http")).findFirst().orElseThrow();
        WebSession landlord = WebSession.on(port);
        assertThat(landlord.get(WebSession.path(link)).body()).contains("Uw e-mailadres is bevestigd");
        assertThat(landlord.login(email, "outbox passphrase")).isEqualTo("/verhuurder");
    }

    @Test
    void aMailWithTheSameIdempotencyKeyIsSentOnce() {
        String key = "permit-reminder:" + UUID.randomUUID();
        OutgoingMail reminder = OutgoingMail.once(key, "landlord@test.example", "Uw vergunning verloopt", "Vraag op tijd verlenging aan.");

        assertThat(mailer.send(reminder)).isTrue();
        assertThat(mailer.send(reminder)).isFalse();
        assertThat(mailer.recent(1000)).filteredOn(m -> m.subject().equals("Uw vergunning verloopt")).hasSize(1);
    }

    @Test
    void aMailWithALetterKeepsOnlyTheLetterReferenceAndTheOutboxNamesTheAttachment() {
        StoredLetter letter = letters.issue(LetterKind.HUURDERSINFORMATIE, new LetterData(new Addressee("O. Bijlage",
                List.of("Postweg 1", "6511 AB Nijmegen")), "Z-OUTBOX-" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(2026, 3, 2), LetterLanguage.NL, Map.of()), "outbox-attachment-test");
        String to = "outbox-letter-" + UUID.randomUUID() + "@test.example";

        assertThat(mailer.send(OutgoingMail.of(to, "Uw brief " + letter.kenmerk(), "Zie de bijlage.").withLetter(letter.id()))).isTrue();

        SentMail mail = mailer.to(List.of(to)).get(0);
        assertThat(mail.transport()).isEqualTo("OUTBOX");
        assertThat(mail.letterId()).isEqualTo(letter.id());
        assertThat(mail.attachmentName()).isEqualTo(letter.kenmerk() + ".pdf");
        WebSession admin = WebSession.on(port);
        admin.login(accounts.staff(Role.ADMIN).username(), TestAccounts.PASSWORD);
        assertThat(admin.get("/beheer/outbox").body()).contains("class=\"mail-attachment\"", letter.kenmerk() + ".pdf");
    }

    @Test
    void theAvgExportHoldsTheLandlordsAccountsMailsAndAuditButNoPasswordHash() throws Exception {
        String email = "avg-" + UUID.randomUUID() + "@test.example";
        WebSession.on(port).submit("/account/registreren", "/account/registreren", Map.of("email", email,
                "displayName", "Anna Avg", "landlordName", "Avg Kamerverhuur", "kvkNumber", "",
                "password", "export passphrase", "passwordRepeat", "export passphrase"));
        long landlordId = accountRepository.findByUsername(email).orElseThrow().landlordId();
        WebSession admin = WebSession.on(port);
        admin.login(accounts.staff(Role.ADMIN).username(), TestAccounts.PASSWORD);

        HttpResponse<String> export = admin.get("/beheer/avg/verhuurder/" + landlordId, "Accept", "application/json");

        assertThat(export.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment");
        JsonNode identity = json.readTree(export.body()).path("identity");
        assertThat(identity.path("landlord").path("name").asText()).isEqualTo("Avg Kamerverhuur");
        assertThat(identity.path("accounts").get(0).path("username").asText()).isEqualTo(email);
        assertThat(identity.path("mails").get(0).path("subject").asText()).isEqualTo("Bevestig uw registratie bij Verhuurtoezicht");
        assertThat(identity.path("auditEntries").get(0).path("action").asText()).isEqualTo("LANDLORD_REGISTERED");
        assertThat(export.body()).doesNotContain("{bcrypt}").doesNotContain("passwordHash");
    }
}
