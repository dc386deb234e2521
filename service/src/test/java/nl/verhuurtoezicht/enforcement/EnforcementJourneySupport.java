package nl.verhuurtoezicht.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import io.camunda.client.CamundaClient;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.CaseType;
import nl.verhuurtoezicht.cases.SanctionHistory;
import nl.verhuurtoezicht.engine.ControllableClock;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.identity.Role;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.platform.InvalidInputException;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.BagId;
import nl.verhuurtoezicht.property.HousingType;
import nl.verhuurtoezicht.property.Landlord;
import nl.verhuurtoezicht.property.Postcode;
import nl.verhuurtoezicht.property.PropertyRegister;
import nl.verhuurtoezicht.support.ServiceTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.security.core.userdetails.UserDetailsService;
import nl.verhuurtoezicht.support.TestAccounts;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Shared set-up of the enforcement journey tests: the whole service with its embedded engine, driven through the
 * services legal staff use, time moved by the shared clock. The inspection process it calls is a test stub with the
 * issue-8 contract, deployed in this context (own database and engine).
 */
@ServiceTest
@TestPropertySource(properties = "verhuurtoezicht.test-context=enforcement-with-inspection-stub")
abstract class EnforcementJourneySupport {

    // An upper bound only: on a loaded 2-core machine a shared-clock jump fires the timers of every earlier test.
    static final Duration WAIT = Duration.ofSeconds(60);
    static final CurrentUser JURIST = new CurrentUser(9001, "jurist.a@gemeente.test", "Jurist A", Set.of(Role.LEGAL), null);
    static final CurrentUser SECOND = new CurrentUser(9002, "jurist.b@gemeente.test", "Jurist B", Set.of(Role.LEGAL), null);
    private static boolean stubDeployed;

    @Autowired CamundaClient client;
    @Autowired ControllableClock clock;
    @Autowired PropertyRegister properties;
    @Autowired CaseRegister cases;
    @Autowired SanctionHistory history;
    @Autowired EnforcementRepository repository;
    @Autowired ObjectionRepository objections;
    @Autowired TakeoverRepository takeovers;
    @Autowired EnforcementTasks tasks;
    @Autowired EnforcementRequests requests;
    @Autowired Payments payments;
    @Autowired LetterService letters;
    @Autowired AuditTrail audit;
    @Autowired WebApplicationContext context;
    @Autowired TestAccounts accounts;
    @Autowired UserDetailsService userDetails;

    @BeforeEach
    void deployInspectionStub() {
        if (!stubDeployed) {
            client.newDeployResourceCommand().addResourceFromClasspath("enforcement-stubs/inspection.bpmn").send().join();
            stubDeployed = true;
        }
    }

    // --- helpers

    EnforcementCase startFine(List<String> violations, Behaviour behaviour) {
        return startFine(landlord(), violations, behaviour);
    }

    EnforcementCase startFine(long landlord, List<String> violations, Behaviour behaviour) {
        EnforcementCase c = start(landlord, violations);
        tasks.assessBehaviour(c.caseNumber(), behaviour, "Beoordeling gedrag.", JURIST);
        awaitTask(c, "chooseSanction");
        tasks.chooseSanction(c.caseNumber(), Sanction.FINE, "Direct beboeten.", null, JURIST);
        await().atMost(WAIT).until(() -> kinds(c.caseNumber()).contains(LetterKind.VOORNEMEN_BESTUURLIJKE_BOETE));
        awaitActive(c, "zienswijzeEgw");
        return current(c);
    }

    /** Lets the zienswijze term pass, proposes (the intended amount unless given) and approves with four eyes. */
    Fine decideFine(EnforcementCase c, BigDecimal amount) {
        clock.advance(Duration.ofDays(15));
        awaitTask(c, "proposeDecision");
        return proposeAndApprove(c, amount == null ? repository.fineOfCase(c.caseId()).orElseThrow().intendedAmount() : amount);
    }

    Fine proposeAndApprove(EnforcementCase c, BigDecimal amount) {
        tasks.proposeFine(c.caseNumber(), amount, "Geen reden om af te wijken van het beleid.", JURIST);
        awaitTask(c, "approveDecision");
        tasks.approveFine(c.caseNumber(), true, SECOND);
        await().atMost(WAIT).until(() -> repository.fineOfCase(c.caseId()).orElseThrow().paymentReference() != null);
        await().atMost(WAIT).until(() -> kinds(c.caseNumber()).contains(LetterKind.BESLUIT_BESTUURLIJKE_BOETE));
        awaitActive(c, "awaitPayment", "awaitObjection");
        return repository.fineOfCase(c.caseId()).orElseThrow();
    }

    EnforcementCase start(List<String> violations) {
        return start(landlord(), violations);
    }

    EnforcementCase start(long landlord, List<String> violations) {
        return start(sourceCase(landlord), violations);
    }

    /** Enforcement for violations found under {@code source} (an inspection case with landlord and address). */
    EnforcementCase start(CaseFile source, List<String> violations) {
        long landlord = source.landlordId();
        client.newPublishMessageCommand().messageName("enforcement-requested").correlationKey(source.caseNumber())
                .variables(Map.of("caseId", source.id(), "addressId", source.addressId(), "landlordId", landlord,
                        "violations", violations, "reportId", 1L, "reportDate", LocalDate.now(clock).toString()))
                .send().join();
        await().atMost(WAIT).until(() -> !cases.childrenOf(source.id()).isEmpty());
        EnforcementCase c = repository.byCaseId(cases.childrenOf(source.id()).get(0).id()).orElseThrow();
        assertThat(c.caseNumber()).startsWith("HH-");
        awaitTask(c, "assessBehaviour");
        return c;
    }

    void reinspection(EnforcementCase c, String verdict) {
        client.newPublishMessageCommand().messageName("stub-inspection-verdict")
                .correlationKey(c.caseId() + ":REINSPECTION").timeToLive(Duration.ofMinutes(5))
                .variables(Map.of("verdict", verdict, "reportId", 2L)).send().join();
    }

    long landlord() {
        Landlord saved = properties.saveLandlord(new Landlord(null, Landlord.Kind.NATURAL_PERSON,
                "J. de Verhuurder " + ThreadLocalRandom.current().nextInt(1_000_000), null, LocalDate.of(1970, 5, 4),
                "Postbus 12", new Postcode("6500AA"), "Nijmegen", null, null));
        return saved.id();
    }

    CaseFile sourceCase(long landlord) {
        String bag = "0268010" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        Address address = properties.saveAddress(new Address(null, new BagId(bag), "Groenestraat",
                ThreadLocalRandom.current().nextInt(1, 500), null, new Postcode("6531HZ"), "Nijmegen", HousingType.WONING,
                new BigDecimal("118"), landlord));
        return cases.open(CaseType.INSPECTION, landlord, address.id(), null, "AFGEROND");
    }

    /** Waits until the case is closed; on time-out names the elements where the process still is. */
    void awaitClosed(EnforcementCase c) {
        try {
            await().atMost(WAIT).until(() -> !current(c).open());
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("case " + c.caseNumber() + " still open (" + current(c).status() + ") at "
                    + activeElements(c), e);
        }
    }

    /**
     * Waits until the process waits at these elements: a letter is stored before its job completes, and a timer
     * created after the clock moved would not fire.
     */
    void awaitActive(EnforcementCase c, String... elementIds) {
        try {
            await().atMost(WAIT).until(() -> activeElements(c).containsAll(List.of(elementIds)));
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            throw new AssertionError("case " + c.caseNumber() + " not at " + List.of(elementIds) + " but at "
                    + activeElements(c), e);
        }
    }

    List<String> activeElements(EnforcementCase c) {
        return client.newElementInstanceSearchRequest()
                .filter(f -> f.processInstanceKey(c.processInstanceKey())
                        .state(io.camunda.client.api.search.enums.ElementInstanceState.ACTIVE))
                .send().join().items().stream().map(i -> i.getElementId() + (Boolean.TRUE.equals(i.getIncident()) ? "(incident)" : ""))
                .toList();
    }

    EnforcementCase current(EnforcementCase c) {
        return repository.byCaseId(c.caseId()).orElseThrow();
    }

    void awaitTask(EnforcementCase c, String elementId) {
        await().atMost(WAIT).until(() -> tasks.openTask(c).map(t -> elementId.equals(t.getElementId())).orElse(false));
    }

    List<LetterKind> kinds(String caseNumber) {
        return letters.lettersOfCase(caseNumber).stream().map(StoredLetter::kind).toList();
    }

    StoredLetter letter(String caseNumber, LetterKind kind) {
        return letters.lettersOfCase(caseNumber).stream().filter(l -> l.kind() == kind).findFirst().orElseThrow();
    }

    static String text(StoredLetter letter) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(letter.pdf())) {
            return new PDFTextStripper().getText(pdf).replace('\u00a0', ' ');
        }
    }

    static String entry(String bankReference, String amount, String direction, String remittance) {
        return """
                <Ntry><Amt Ccy="EUR">%s</Amt><CdtDbtInd>%s</CdtDbtInd><Sts>BOOK</Sts><BookgDt><Dt>2026-01-05</Dt></BookgDt>
                <AcctSvcrRef>%s</AcctSvcrRef><NtryDtls><TxDtls><RmtInf><Ustrd>%s</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>
                """.formatted(amount, direction, bankReference, remittance);
    }

    static byte[] camt(String messageId, String... entries) {
        return ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"><BkToCstmrStmt>
                <GrpHdr><MsgId>%s</MsgId><CreDtTm>2026-01-05T08:00:00</CreDtTm></GrpHdr>
                <Stmt><Id>1</Id><Acct><Id><IBAN>NL91ABNA0417164300</IBAN></Id></Acct>%s</Stmt>
                </BkToCstmrStmt></Document>
                """.formatted(messageId, String.join("", entries))).getBytes(StandardCharsets.UTF_8);
    }

}
