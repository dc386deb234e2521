package nl.verhuurtoezicht.inspection;

import static nl.verhuurtoezicht.db.Tables.MELDPUNT_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseType;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.support.JourneyClient;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Risk-based planning: an address with repeated meldpunt reports is proposed with its reason, and can be started. */
class RiskPlanningTest extends JourneyTestSupport {

    @Autowired
    DSLContext dsl;

    @Test
    void anAddressWithRepeatedReportsIsProposedWithItsReasonAndStartsARiskBasedInspection() {
        Address address = fixtures.letAddress();
        reportAbout(address);
        JourneyClient coordinatorWeb = as(coordinator);
        assertThat(coordinatorWeb.get("/toezicht/planning").body()).as("one report is not yet a pattern")
                .doesNotContain("name=\"addressId\" value=\"" + address.id() + "\"");
        reportAbout(address);

        String planning = coordinatorWeb.get("/toezicht/planning").body();
        assertThat(planning).contains("name=\"addressId\" value=\"" + address.id() + "\"", "2 meldingen op dit adres");
        HttpResponse<String> started = coordinatorWeb.form("/toezicht/planning/risico",
                List.of(Map.entry("addressId", String.valueOf(address.id()))));
        assertThat(started.statusCode()).isEqualTo(302);

        Inspection inspection = await().atMost(PATIENCE).until(() -> inspections.visibleList(coordinatorUser()).stream()
                .filter(i -> i.addressId() == address.id()).findFirst(), Optional::isPresent).orElseThrow();
        assertThat(inspection.reason()).isEqualTo(InspectionReason.RISK_BASED);
        assertThat(inspection.requestingCaseId()).isNull();
        awaitTask(inspection.processInstanceKey(), PlanningController.SCHEDULE_TASK);
        assertThat(coordinatorWeb.get("/toezicht/planning").body()).as("no second proposal while one is in progress")
                .doesNotContain("name=\"addressId\" value=\"" + address.id() + "\"");
        coordinatorWeb.get("/toezicht/planning");
        assertThat(coordinatorWeb.form("/toezicht/planning/risico", List.of(Map.entry("addressId", String.valueOf(address.id()))))
                .statusCode()).isEqualTo(404);
    }

    private void reportAbout(Address address) {
        CaseFile mp = cases.open(CaseType.COMPLAINT, null, null, null, "RECEIVED");
        dsl.insertInto(MELDPUNT_REPORT)
                .set(MELDPUNT_REPORT.CASE_ID, mp.id())
                .set(MELDPUNT_REPORT.STATUS_TOKEN_HASH, "test-" + mp.id())
                .set(MELDPUNT_REPORT.ADDRESS_TEXT, address.oneLine())
                .set(MELDPUNT_REPORT.ADDRESS_ID, address.id())
                .set(MELDPUNT_REPORT.CATEGORIES, "OVERCROWDING")
                .set(MELDPUNT_REPORT.DESCRIPTION, "Te veel bedden")
                .set(MELDPUNT_REPORT.LANGUAGE, "nl")
                .set(MELDPUNT_REPORT.HANDHAVINGSVERZOEK, false)
                .set(MELDPUNT_REPORT.STATUS, "TRIAGED")
                .set(MELDPUNT_REPORT.SUBMITTED_AT, OffsetDateTime.now(clock))
                .set(MELDPUNT_REPORT.SENDER_HASH, "test")
                .execute();
    }

    private nl.verhuurtoezicht.identity.CurrentUser coordinatorUser() {
        return new nl.verhuurtoezicht.identity.CurrentUser(coordinator.id(), coordinator.username(), "Coordinator",
                java.util.Set.of(nl.verhuurtoezicht.identity.Role.COORDINATOR), null);
    }
}
