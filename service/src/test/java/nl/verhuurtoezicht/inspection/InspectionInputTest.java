package nl.verhuurtoezicht.inspection;

import static nl.verhuurtoezicht.db.Tables.MELDPUNT_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.Role;
import nl.verhuurtoezicht.letters.LetterService;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.support.ChecklistFacts;
import nl.verhuurtoezicht.support.JourneyClient;
import nl.verhuurtoezicht.support.JourneyClient.Part;
import nl.verhuurtoezicht.support.TestAccounts;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Bad input on the meldpunt and the inspector's pages: refused with a clear message, and nothing changes. */
class InspectionInputTest extends JourneyTestSupport {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    DSLContext dsl;
    @Autowired
    InspectionStarter starter;
    @Autowired
    AuditTrail audit;
    @Autowired
    LetterService letters;

    @Test
    void aFileThatIsNotAPhotoIsRefusedAndNoReportIsStored() {
        JourneyClient reporter = anonymous();
        reporter.get("/meldpunt");
        int before = dsl.fetchCount(MELDPUNT_REPORT);
        HttpResponse<String> response = reporter.multipart("/meldpunt", List.of(reportField("address", "Kerkstraat 1"),
                reportField("categories", "UNSAFE"), reportField("description", "Kapotte bedrading"),
                Part.file("photos", "foto.jpg", "image/jpeg", "#!/bin/sh\necho niet echt een foto".getBytes())));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Dit bestand is geen foto (alleen JPEG of PNG).", "href=\"#photos\"");
        assertThat(dsl.fetchCount(MELDPUNT_REPORT)).isEqualTo(before);
    }

    @Test
    void aHugePhotoIsRefusedWithItsLimit() {
        JourneyClient reporter = anonymous();
        reporter.get("/meldpunt?lang=en");
        byte[] huge = Arrays.copyOf(PNG, 9 * 1024 * 1024);
        int before = dsl.fetchCount(MELDPUNT_REPORT);
        HttpResponse<String> response = reporter.multipart("/meldpunt", List.of(reportField("address", "Kerkstraat 1"),
                reportField("categories", "UNSAFE"), reportField("description", "Damp"),
                Part.file("photos", "big.png", "image/png", huge)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("The photo is too large: 8 MB at most.");
        assertThat(dsl.fetchCount(MELDPUNT_REPORT)).isEqualTo(before);
    }

    @Test
    void aReportWithAValidPhotoKeepsThePhotoForTriage() {
        JourneyClient reporter = anonymous();
        reporter.get("/meldpunt");
        HttpResponse<String> response = reporter.multipart("/meldpunt", List.of(reportField("address", "Kerkstraat 2"),
                reportField("categories", "OVERCROWDING"), reportField("description", "Matrassen in de gang"),
                Part.file("photos", "gang.png", "image/png", PNG)));
        assertThat(response.statusCode()).isEqualTo(200);
        long reportId = dsl.select(MELDPUNT_REPORT.ID).from(MELDPUNT_REPORT).where(MELDPUNT_REPORT.ADDRESS_TEXT.eq("Kerkstraat 2"))
                .fetchOne(MELDPUNT_REPORT.ID);
        JourneyClient coordinatorWeb = as(coordinator);
        String page = coordinatorWeb.get("/toezicht/meldingen/" + reportId).body();
        String photoPath = page.replaceAll("(?s).*href=\"(/toezicht/meldingen/" + reportId + "/fotos/\\d+)\".*", "$1");
        HttpResponse<byte[]> photo = coordinatorWeb.getBytes(photoPath);
        assertThat(photo.statusCode()).isEqualTo(200);
        assertThat(photo.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(photo.body()).isEqualTo(PNG);
        assertThat(anonymous().getBytes(photoPath).statusCode()).as("photos are not public").isEqualTo(302);
    }

    @Test
    void scriptsInTextFieldsAreShownAsText() {
        JourneyClient reporter = anonymous();
        reporter.get("/meldpunt");
        String script = "<script>alert('x')</script>";
        HttpResponse<String> response = reporter.form("/meldpunt", List.of(Map.entry("address", "<img src=x onerror=alert(1)>"),
                Map.entry("categories", "OTHER"), Map.entry("description", script), Map.entry("contactName", "\"><b>naam</b>")));
        assertThat(response.statusCode()).isEqualTo(200);
        long reportId = dsl.select(MELDPUNT_REPORT.ID).from(MELDPUNT_REPORT).where(MELDPUNT_REPORT.DESCRIPTION.eq(script))
                .fetchOne(MELDPUNT_REPORT.ID);

        String triage = as(coordinator).get("/toezicht/meldingen/" + reportId).body();
        assertThat(triage).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
                "&quot;&gt;&lt;b&gt;naam&lt;/b&gt;");
        assertThat(triage).doesNotContain(script, "<img src=x", "<b>naam</b>");
        String list = as(coordinator).get("/toezicht/meldingen").body();
        assertThat(list).doesNotContain("<img src=x");

        HttpResponse<String> invalid = reporter.form("/meldpunt", List.of(Map.entry("address", script),
                Map.entry("description", "")));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.body()).contains("value=\"&lt;script&gt;").doesNotContain("value=\"" + script);
    }

    @Test
    void aFloodOfReportsFromOneSenderIsRateLimited() {
        JourneyClient flooder = anonymous();
        flooder.get("/meldpunt");
        int before = dsl.fetchCount(MELDPUNT_REPORT);
        for (int i = 0; i < 5; i++) {
            assertThat(flooder.form("/meldpunt", report("Spamstraat " + i)).statusCode()).isEqualTo(200);
        }
        HttpResponse<String> refused = flooder.form("/meldpunt", report("Spamstraat 6"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.body()).contains("Er zijn te veel meldingen verstuurd vanaf deze verbinding.");
        assertThat(dsl.fetchCount(MELDPUNT_REPORT)).isEqualTo(before + 5);
        JourneyClient neighbour = anonymous();
        neighbour.get("/meldpunt");
        assertThat(neighbour.form("/meldpunt", report("Buurstraat 1")).statusCode()).as("another sender is not limited")
                .isEqualTo(200);
    }

    @Test
    void anInspectorOpeningAnInspectionThatIsNotTheirsFindsNothing() {
        Inspection inspection = scheduledRiskBasedInspection();
        TestAccounts.Created colleague = accounts.staff(Role.INSPECTOR);
        JourneyClient other = as(colleague);
        String base = "/toezicht/inspecties/" + inspection.id();

        assertThat(other.get(base).statusCode()).isEqualTo(404);
        assertThat(other.get(base + "/checklist").statusCode()).isEqualTo(404);
        assertThat(other.get("/toezicht/inspecties").body()).doesNotContain(inspection.caseNumber());
        other.get("/toezicht/inspecties");
        assertThat(other.form(base + "/bezoek", List.of(Map.entry("outcome", "ACCESS"))).statusCode()).isEqualTo(404);
        assertThat(other.json(base + "/concept", "{\"revision\":1,\"fields\":{}}").statusCode()).isEqualTo(404);
        assertThat(reload(inspection).status()).isEqualTo("SCHEDULED");
        assertThat(as(inspector).get(base).statusCode()).isEqualTo(200);
        assertThat(as(coordinator).get(base).statusCode()).as("coordinators see all inspections").isEqualTo(200);
        assertThat(as(accounts.staff(Role.LEGAL)).get(base).statusCode()).isEqualTo(403);
    }

    @Test
    void theDraftKeepsTheNewestVersionAndSubmittingTwiceCountsOnce() {
        Inspection inspection = scheduledRiskBasedInspection();
        JourneyClient inspectorWeb = as(inspector);
        visit(inspectorWeb, inspection, VisitOutcome.ACCESS);
        awaitTask(inspection.processInstanceKey(), InspectionController.CHECKLIST_TASK);
        String checklist = "/toezicht/inspecties/" + inspection.id() + "/checklist";
        String draft = "/toezicht/inspecties/" + inspection.id() + "/concept";
        inspectorWeb.get(checklist);

        assertThat(inspectorWeb.json(draft, "{\"revision\":2000,\"fields\":{\"sanitary.toilets\":\"3\",\"signals\":[\"NO_LEASE\"]}}")
                .body()).contains("\"saved\":true");
        assertThat(inspectorWeb.json(draft, "{\"revision\":1000,\"fields\":{\"sanitary.toilets\":\"1\"}}").body())
                .as("a draft resent late never overwrites a newer one").contains("\"saved\":false");
        assertThat(inspectorWeb.json(draft, "not json").statusCode()).isEqualTo(400);
        String page = inspectorWeb.get(checklist).body();
        assertThat(page).containsPattern("name=\"sanitary.toilets\"[^>]*value=\"3\"")
                .containsPattern("value=\"NO_LEASE\"[^>]*checked");

        HttpResponse<String> wrong = inspectorWeb.form(checklist, List.of(Map.entry("sanitary.toilets", "drie"),
                Map.entry("room.1.type", "BALLROOM")));
        assertThat(wrong.statusCode()).isEqualTo(200);
        assertThat(wrong.body()).contains("href=\"#sanitary.toilets\"", "Vul een getal in (0 of meer).",
                "href=\"#room.1.type\"", "Kies een van de mogelijkheden.");
        assertThat(reload(inspection).submitted()).isFalse();

        HttpResponse<String> photo = inspectorWeb.multipart("/toezicht/inspecties/" + inspection.id() + "/fotos",
                List.of(Part.field("attachedTo", "kamer-1"), Part.file("photo", "kamer.png", "image/png", PNG)));
        assertThat(photo.statusCode()).isEqualTo(302);
        inspectorWeb.get(checklist);
        HttpResponse<String> badPhoto = inspectorWeb.multipart("/toezicht/inspecties/" + inspection.id() + "/fotos",
                List.of(Part.field("attachedTo", "kamer-1"), Part.file("photo", "kamer.jpg", "image/jpeg", "GIF89a".getBytes())));
        assertThat(inspectorWeb.get(JourneyClient.location(badPhoto).replace("#foto", "")).body())
                .contains("Dit bestand is geen foto (alleen JPEG of PNG).");
        assertThat(inspections.photos(inspection.id())).singleElement()
                .extracting(InspectionRegister.PhotoInfo::attachedTo).isEqualTo("kamer-1");

        assertThat(inspectorWeb.form(checklist, ChecklistFacts.compliant()).statusCode()).isEqualTo(302);
        assertThat(inspectorWeb.form(checklist, ChecklistFacts.serious()).statusCode()).as("a second submit is accepted quietly")
                .isEqualTo(302);
        Inspection done = await().atMost(PATIENCE).until(() -> reload(inspection), i -> "REPORTED".equals(i.status()));
        assertThat(done.verdict()).as("the first submission counts").isEqualTo("COMPLIANT");
        assertThat(audit.timeline(inspection.caseNumber())).filteredOn(e -> e.action().equals("inspection.checklist-submitted"))
                .hasSize(1);
        assertThat(letters.lettersOfCase(inspection.caseNumber())).hasSize(1);
        assertThat(inspectorWeb.json(draft, "{\"revision\":3000,\"fields\":{}}").statusCode()).isEqualTo(409);
    }

    private Inspection scheduledRiskBasedInspection() {
        Address address = fixtures.letAddress();
        long key = starter.start(null, address.id(), InspectionReason.RISK_BASED);
        Inspection inspection = await().atMost(PATIENCE).until(() -> inspections.byProcessInstance(key), Optional::isPresent)
                .orElseThrow();
        schedule(as(coordinator), inspection, false);
        return inspection;
    }

    private static Part reportField(String name, String value) {
        return Part.field(name, value);
    }

    private static List<Map.Entry<String, String>> report(String address) {
        return List.of(Map.entry("address", address), Map.entry("categories", "OTHER"), Map.entry("description", "Test"));
    }
}
