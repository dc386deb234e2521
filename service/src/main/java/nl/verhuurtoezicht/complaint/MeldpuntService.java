package nl.verhuurtoezicht.complaint;

import io.camunda.client.CamundaClient;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.CaseType;
import nl.verhuurtoezicht.inspection.PhotoCheck.CheckedPhoto;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes in meldpunt reports: stores the report and its photos under a new MP case, starts its process, and hands the
 * reporter a reference and a secret status link. Only the hash of the link's secret is kept, and only the hash of the
 * sender's network address (for the rate limit).
 */
@Service
public class MeldpuntService {

    public static final String PROCESS_ID = "complaint-meldpunt";
    private static final SecureRandom RANDOM = new SecureRandom();

    /** What the reporter gets back. */
    public record Receipt(String caseNumber, String statusToken) {
    }

    /** Too many reports from one sender within the window: nothing was stored. */
    public static final class TooManyReports extends RuntimeException {
        TooManyReports() {
            super("too many meldpunt reports from one sender");
        }
    }

    private final MeldpuntReports reports;
    private final CaseRegister cases;
    private final CamundaClient client;
    private final AuditTrail audit;
    private final MeldpuntProperties properties;
    private final TransactionTemplate transaction;
    private final Clock clock;

    MeldpuntService(MeldpuntReports reports, CaseRegister cases, CamundaClient client, AuditTrail audit,
                    MeldpuntProperties properties, TransactionTemplate transaction, Clock clock) {
        this.reports = reports;
        this.cases = cases;
        this.client = client;
        this.audit = audit;
        this.properties = properties;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The form must have been checked ({@link MeldpuntForm#problems()} empty) and the photos too. */
    Receipt submit(MeldpuntForm form, List<CheckedPhoto> photos, String language, String senderAddress) {
        String senderHash = sha256("sender:" + senderAddress);
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (reports.fromSenderSince(senderHash, now.minus(properties.senderWindow())) >= properties.maxReportsPerSender()) {
            throw new TooManyReports();
        }
        String token = newToken();
        Period term = form.handhavingsverzoek() ? properties.handhavingsverzoekTerm() : properties.triageTerm();
        LocalDate decideBefore = now.toLocalDate().plus(term);
        record Stored(CaseFile mp, long reportId) {
        }
        Stored stored = transaction.execute(status -> {
            CaseFile mp = cases.open(CaseType.COMPLAINT, null, null, null, "RECEIVED");
            long reportId = reports.insert(new MeldpuntReports.NewReport(mp.id(), sha256(token),
                    form.address().strip(), form.categoryValues().stream().map(Enum::name).collect(Collectors.joining(",")),
                    form.description().strip(), MeldpuntForm.strippedOrNull(form.contactName()),
                    MeldpuntForm.strippedOrNull(form.contactEmail()), MeldpuntForm.strippedOrNull(form.contactPhone()),
                    language, form.handhavingsverzoek(), decideBefore, now, senderHash));
            photos.forEach(p -> reports.addPhoto(reportId, p.contentType(), p.content(), now));
            audit.record(Actor.anonymous("meldpunt"), "meldpunt.report-received", mp.caseNumber(), null,
                    "categories=" + form.categories() + ", handhavingsverzoek=" + form.handhavingsverzoek()
                            + ", photos=" + photos.size());
            return new Stored(mp, reportId);
        });
        long key = client.newCreateInstanceCommand().bpmnProcessId(PROCESS_ID).latestVersion()
                .variables(Map.of("reportId", stored.reportId(), "caseId", stored.mp().id(),
                        "handhavingsverzoek", form.handhavingsverzoek(), "decisionTerm", term.toString()))
                .send().join().getProcessInstanceKey();
        cases.attachProcessInstance(stored.mp().id(), key);
        return new Receipt(stored.mp().caseNumber(), token);
    }

    Optional<MeldpuntReport> byStatusToken(String token) {
        if (token == null || !token.matches("[A-Za-z0-9_-]{20,64}")) {
            return Optional.empty();
        }
        return reports.byTokenHash(sha256(token));
    }

    /** The decision on a handhavingsverzoek, once legal staff recorded it. */
    Optional<HandhavingsverzoekDecision> decisionOf(MeldpuntReport report) {
        return report.handhavingsverzoek() ? reports.decision(report.id()) : Optional.empty();
    }

    private static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
