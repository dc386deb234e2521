package nl.verhuurtoezicht.identity.mail;

import static nl.verhuurtoezicht.db.Tables.MAIL_MESSAGE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.verhuurtoezicht.identity.GreenMailServer;
import nl.verhuurtoezicht.identity.IdentityServiceTest;
import nl.verhuurtoezicht.identity.ReceivedMail;
import nl.verhuurtoezicht.letters.Addressee;
import nl.verhuurtoezicht.letters.LetterData;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterLanguage;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.StoredLetter;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.transaction.support.TransactionTemplate;

/** A mail that names an archived letter arrives over SMTP (GreenMail) as multipart with the letter's exact PDF. */
@IdentityServiceTest
class MailAttachmentTest {

    @Autowired
    Mailer mailer;
    @Autowired
    LetterService letters;
    @Autowired
    DSLContext dsl;
    @Autowired
    MailProperties properties;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Clock clock;

    @Test
    void theMailCarriesTheArchivedPdfUnderItsKenmerkBesidesTheText() {
        StoredLetter letter = archivedLetter();
        String to = "attachment-" + UUID.randomUUID() + "@test.example";

        assertThat(mailer.send(OutgoingMail.once("attachment:" + letter.id(), to, "Uw brief " + letter.kenmerk(),
                "In de bijlage vindt u onze brief met kenmerk " + letter.kenmerk() + ".").withLetter(letter.id()))).isTrue();

        ReceivedMail mail = ReceivedMail.of(GreenMailServer.mailsTo(to, 1).get(0));
        assertThat(mail.contentType()).startsWith("multipart/mixed");
        assertThat(mail.text()).contains("In de bijlage vindt u onze brief met kenmerk " + letter.kenmerk());
        assertThat(mail.attachments()).singleElement().satisfies(pdf -> {
            assertThat(pdf.fileName()).isEqualTo(letter.kenmerk() + ".pdf");
            assertThat(pdf.contentType()).startsWith("application/pdf");
            assertThat(new String(pdf.bytes(), 0, 4, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
            assertThat(pdf.sha256()).isEqualTo(letter.sha256());
        });
        SentMail recorded = mailer.to(List.of(to)).get(0);
        assertThat(recorded.transport()).isEqualTo("SMTP");
        assertThat(recorded.letterId()).isEqualTo(letter.id());
        assertThat(recorded.attachmentName()).isEqualTo(letter.kenmerk() + ".pdf");
    }

    @Test
    void aSendThatFailedAtTheSmtpServerIsRetriedWithTheSamePdfAndSentOnce() throws IOException {
        StoredLetter letter = archivedLetter();
        String to = "retry-" + UUID.randomUUID() + "@test.example";
        String key = "retry:" + letter.id();
        OutgoingMail mail = OutgoingMail.once(key, to, "Uw brief " + letter.kenmerk(), "Zie de bijlage.").withLetter(letter.id());
        Mailer unreachable = new Mailer(dsl, smtpThatRefuses(), properties, letters, clock);

        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> unreachable.send(mail)))
                .isInstanceOf(MailException.class);
        assertThat(dsl.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.IDEMPOTENCY_KEY.eq(key))).as("the failed send left no record").isZero();

        assertThat(mailer.send(mail)).as("the retry sends").isTrue();
        assertThat(mailer.send(mail)).as("a later retry finds it sent").isFalse();

        List<ReceivedMail> received = GreenMailServer.mailsTo(to, 1).stream().map(ReceivedMail::of).toList();
        assertThat(GreenMailServer.countTo(to)).isEqualTo(1);
        assertThat(received.get(0).attachments()).singleElement()
                .satisfies(pdf -> assertThat(pdf.sha256()).isEqualTo(letter.sha256()));
        assertThat(dsl.fetchCount(MAIL_MESSAGE, MAIL_MESSAGE.IDEMPOTENCY_KEY.eq(key))).isEqualTo(1);
    }

    @Test
    void aLetterTheArchiveDoesNotHoldIsRefusedAndNothingIsRecordedOrSent() {
        String to = "unknown-letter-" + UUID.randomUUID() + "@test.example";
        UUID missing = UUID.randomUUID();

        assertThatThrownBy(() -> mailer.send(OutgoingMail.of(to, "Brief", "Zie de bijlage.").withLetter(missing)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(missing.toString()).hasMessageContaining("letter archive does not hold it");
        assertThat(mailer.to(List.of(to))).isEmpty();
        assertThat(GreenMailServer.countTo(to)).isZero();
    }

    private StoredLetter archivedLetter() {
        String caseReference = "Z-MAIL-" + UUID.randomUUID().toString().substring(0, 8);
        LetterData data = new LetterData(new Addressee("M. Bijlage", List.of("Postweg 1", "6511 AB Nijmegen")), caseReference,
                LocalDate.now(clock), LetterLanguage.NL, Map.of());
        return letters.issue(LetterKind.HUURDERSINFORMATIE, data, "mail-attachment-test");
    }

    /** An SMTP server that is not there: a port that was free a moment ago refuses the connection. */
    private static ObjectProvider<JavaMailSender> smtpThatRefuses() throws IOException {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost("127.0.0.1");
        try (ServerSocket socket = new ServerSocket(0)) {
            sender.setPort(socket.getLocalPort());
        }
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("smtp", sender));
        return beans.getBeanProvider(JavaMailSender.class);
    }
}
