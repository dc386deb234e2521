package nl.verhuurtoezicht.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.engine.ControllableClock;
import nl.verhuurtoezicht.identity.Role;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.BagId;
import nl.verhuurtoezicht.property.HousingType;
import nl.verhuurtoezicht.property.Postcode;
import nl.verhuurtoezicht.property.PropertyRegister;
import nl.verhuurtoezicht.support.ProcessPath;
import nl.verhuurtoezicht.support.ServiceTest;
import nl.verhuurtoezicht.support.TestAccounts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole service with the stub of process {@code inspection}, in a context of its own (its own database, engine
 * and clock), shared by the permit test classes. Helpers drive the portal over HTTP as a landlord and legal staff do.
 */
@ServiceTest
@Import(InspectionStub.class)
// The machine is shared with other builds: give engine commands more time than the client default of 10 s.
@TestPropertySource(properties = {"verhuurtoezicht.test-context=permit-with-inspection-stub", "camunda.client.request-timeout=PT60S"})
abstract class PermitJourneyFixture {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final Duration TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    ControllableClock clock;
    @Autowired
    CamundaClient client;
    @Autowired
    PermitApplications applications;
    @Autowired
    PermitRegister register;
    @Autowired
    LetterService letters;
    @Autowired
    CaseRegister cases;
    @Autowired
    PropertyRegister properties;
    @Autowired
    InspectionStub.Verdicts verdicts;
    @Autowired
    nl.verhuurtoezicht.identity.mail.Mailer mailer;
    @Autowired
    org.jooq.DSLContext dsl;

    ProcessPath path() {
        return new ProcessPath(client);
    }

    Portal landlord(TestAccounts.Created account) {
        return Portal.login(port, account.username(), TestAccounts.PASSWORD);
    }

    Portal legal() {
        return Portal.login(port, accounts.staff(Role.LEGAL).username(), TestAccounts.PASSWORD);
    }

    static String randomBagId() {
        return "0268" + "01" + String.format("%010d", ThreadLocalRandom.current().nextLong(1, 9_999_999_999L));
    }

    /** Registers the address up front, so a test can set its inspection verdict before the process reaches it. */
    long preRegister(String bagId, long landlordId, String verdict) {
        Address address = properties.saveAddress(new Address(null, new BagId(bagId), "Groenestraat", 214, null,
                Postcode.parse("6531 HZ"), "Nijmegen", HousingType.LOGIES, new BigDecimal("60"), landlordId));
        verdicts.set(address.id(), verdict);
        return address.id();
    }

    static Map<String, String> fields(String submissionId, String bagId, String finesStatement) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("submissionId", submissionId);
        f.put("applicantKind", "COMPANY");
        f.put("applicantName", "Flexwonen Gelderland B.V.");
        f.put("kvkNumber", String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)));
        f.put("street", "Postbus 1184");
        f.put("postcode", "6501 BD");
        f.put("city", "Nijmegen");
        f.put("email", "info@flexwonen.example");
        f.put("addresses[0].bagId", bagId);
        f.put("addresses[0].street", "Groenestraat");
        f.put("addresses[0].houseNumber", "214");
        f.put("addresses[0].postcode", "6531 HZ");
        f.put("addresses[0].city", "Nijmegen");
        f.put("addresses[0].housingType", "LOGIES");
        f.put("addresses[0].roomAreas", "12,5; 11; 10; 14");
        f.put("addresses[0].plannedOccupants", "4");
        f.put("addresses[0].rent", "450,00");
        f.put("addresses[0].deposit", "900");
        f.put("addresses[1].bagId", "");
        if (finesStatement != null) {
            f.put("finesStatement", finesStatement);
        }
        return f;
    }

    static Map<String, Portal.File> documents(Set<DocumentKind> kinds) {
        Map<String, Portal.File> files = new LinkedHashMap<>();
        for (DocumentKind kind : kinds) {
            files.put(UploadedDocument.fieldOf(kind), kind == DocumentKind.FLOOR_PLAN
                    ? new Portal.File("plattegrond.png", "image/png", PNG)
                    : new Portal.File(kind.name().toLowerCase() + ".pdf", "application/pdf", PDF));
        }
        return files;
    }

    /** Submits through the portal and returns the case number the redirect points to. */
    String submit(Portal landlord, String bagId, Set<DocumentKind> kinds, String finesStatement) {
        HttpResponse<String> response = landlord.postMultipart("/verhuurder/aanvragen/nieuw", "/verhuurder/aanvragen",
                fields(landlord.newSubmissionId(), bagId, finesStatement), documents(kinds));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);
        String location = response.headers().firstValue("Location").orElseThrow();
        return location.substring(location.lastIndexOf('/') + 1);
    }

    Application awaitStatus(String caseNumber, ApplicationStatus status) {
        await().atMost(TIMEOUT).until(() -> applications.findByCaseNumber(caseNumber).orElseThrow().status() == status);
        return applications.findByCaseNumber(caseNumber).orElseThrow();
    }

    long processOf(String caseNumber) {
        await().atMost(TIMEOUT).until(() -> cases.findByNumber(caseNumber).orElseThrow().processInstanceKey() != null);
        return cases.findByNumber(caseNumber).orElseThrow().processInstanceKey();
    }

    List<ApplicationStep> steps(String caseNumber) {
        return applications.steps(applications.findByCaseNumber(caseNumber).orElseThrow().id()).stream()
                .map(Application.Step::step).toList();
    }

    List<LetterKind> letterKinds(String caseNumber) {
        return letters.lettersOfCase(caseNumber).stream().map(StoredLetter::kind).toList();
    }

    String letterText(String caseNumber, LetterKind kind) {
        StoredLetter letter = letters.lettersOfCase(caseNumber).stream().filter(l -> l.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " letter in " + caseNumber));
        try (var document = Loader.loadPDF(letter.pdf())) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Legal staff decide through the case page. */
    HttpResponse<String> decide(Portal legal, String caseNumber, String decision, String conditions, String grounds,
                                String extensionReason) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("decision", decision);
        form.put("conditions", conditions == null ? "" : conditions);
        form.put("validUntil", "");
        form.put("grounds", grounds == null ? "" : grounds);
        form.put("extensionReason", extensionReason == null ? "" : extensionReason);
        return legal.postForm("/juridisch/aanvragen/" + caseNumber, "/juridisch/aanvragen/" + caseNumber + "/besluit", form);
    }
}
