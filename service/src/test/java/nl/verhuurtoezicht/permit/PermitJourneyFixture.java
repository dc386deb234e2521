package nl.verhuurtoezicht.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.camunda.client.CamundaClient;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import nl.verhuurtoezicht.support.LetterText;
import nl.verhuurtoezicht.support.PermitApplicationForm;
import nl.verhuurtoezicht.support.ProcessPath;
import nl.verhuurtoezicht.support.ServiceTest;
import nl.verhuurtoezicht.support.TestAccounts;
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

    static final byte[] PDF = PermitApplicationForm.PDF;
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
        return PermitApplicationForm.randomBagId();
    }

    /** Registers the address up front, so a test can set its inspection verdict before the process reaches it. */
    long preRegister(String bagId, long landlordId, String verdict) {
        long addressId = preRegister(bagId, 214, landlordId);
        verdicts.set(addressId, verdict);
        return addressId;
    }

    /** Registers Groenestraat {@code houseNumber} up front, so a test knows its address id before submitting. */
    long preRegister(String bagId, int houseNumber, long landlordId) {
        return properties.saveAddress(new Address(null, new BagId(bagId), "Groenestraat", houseNumber, null,
                Postcode.parse("6531 HZ"), "Nijmegen", HousingType.LOGIES, new BigDecimal("60"), landlordId)).id();
    }

    static Map<String, String> fields(String submissionId, String bagId, String finesStatement) {
        return PermitApplicationForm.fields(submissionId, bagId, finesStatement);
    }

    static Map<String, PermitApplicationForm.Upload> documents(Set<DocumentKind> kinds) {
        return PermitApplicationForm.documents(kinds);
    }

    /** Submits through the portal and returns the case number the redirect points to. */
    String submit(Portal landlord, String bagId, Set<DocumentKind> kinds, String finesStatement) {
        return submit(landlord, fields(landlord.newSubmissionId(), bagId, finesStatement), kinds);
    }

    /** Submits a complete application for Groenestraat 214 and, as the second address, Groenestraat 216. */
    String submitTwoAddresses(Portal landlord, String firstBagId, String secondBagId) {
        Map<String, String> fields = fields(landlord.newSubmissionId(), firstBagId, "geen");
        fields.put("addresses[1].bagId", secondBagId);
        fields.put("addresses[1].street", "Groenestraat");
        fields.put("addresses[1].houseNumber", "216");
        fields.put("addresses[1].postcode", "6531 HZ");
        fields.put("addresses[1].city", "Nijmegen");
        fields.put("addresses[1].housingType", "LOGIES");
        fields.put("addresses[1].roomAreas", "12; 12");
        fields.put("addresses[1].plannedOccupants", "2");
        fields.put("addresses[1].rent", "400,00");
        fields.put("addresses[1].deposit", "800");
        return submit(landlord, fields, EnumSet.allOf(DocumentKind.class));
    }

    private String submit(Portal landlord, Map<String, String> fields, Set<DocumentKind> kinds) {
        HttpResponse<String> response = landlord.postMultipart("/verhuurder/aanvragen/nieuw", "/verhuurder/aanvragen",
                fields, documents(kinds));
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
        return LetterText.of(letters.lettersOfCase(caseNumber).stream().filter(l -> l.kind() == kind).findFirst()
                .orElseThrow(() -> new AssertionError("No " + kind + " letter in " + caseNumber)));
    }

    /** Legal staff record the Bibob advice on the case page. */
    HttpResponse<String> recordBibob(Portal legal, String caseNumber, String advice, String source, String date,
                                     String reason) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("advice", advice);
        form.put("source", source);
        form.put("adviceDate", date);
        form.put("reason", reason);
        return legal.postForm("/juridisch/aanvragen/" + caseNumber, "/juridisch/aanvragen/" + caseNumber + "/bibob", form);
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
