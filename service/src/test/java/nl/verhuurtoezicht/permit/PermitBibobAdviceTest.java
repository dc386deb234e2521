package nl.verhuurtoezicht.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import nl.verhuurtoezicht.audit.AuditEntry;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.identity.Role;
import nl.verhuurtoezicht.support.ProcessVariables;
import nl.verhuurtoezicht.support.TestAccounts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Legal staff record the Bibob advice on the case page; the decision table {@code permit-decision} weighs it. */
class PermitBibobAdviceTest extends PermitJourneyFixture {

    @Autowired
    AuditTrail audit;

    @Test
    void anAdviceRecordedAfterTheTableAdvisedIsWeighedAgainAndShownOnTheCasePage() {
        String caseNumber = submit(landlord(accounts.landlord()), randomBagId(), PermitApplicationJourneyTest.ALL, "geen");
        long process = processOf(caseNumber);
        path().awaitActive(process, "decide-permit");
        assertThat(applications.findByCaseNumber(caseNumber).orElseThrow().advice()).isEqualTo("GRANT");
        TestAccounts.Created jurist = accounts.staff(Role.LEGAL);
        Portal legal = Portal.login(port, jurist.username(), TestAccounts.PASSWORD);
        String adviceDate = LocalDate.now(clock).minusDays(3).toString();

        HttpResponse<String> minor = recordBibob(legal, caseNumber, "MINOR_RISK", "LANDELIJK_BUREAU_BIBOB", adviceDate,
                "Zakelijke relatie met een eerder veroordeelde beheerder.");

        assertThat(minor.statusCode()).isEqualTo(302);
        assertThat(minor.headers().firstValue("Location").orElseThrow()).endsWith("?bibob=herzien");
        Application reassessed = applications.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(reassessed.bibob()).isEqualTo(new Application.Bibob("MINOR_RISK", "LANDELIJK_BUREAU_BIBOB",
                LocalDate.parse(adviceDate), "Zakelijke relatie met een eerder veroordeelde beheerder.",
                jurist.username()));
        assertThat(reassessed.advice()).isEqualTo("GRANT_WITH_CONDITIONS");
        assertThat(reassessed.adviceBibob()).isEqualTo("MINOR_RISK");
        ProcessVariables variables = new ProcessVariables(client);
        assertThat(variables.value(process, "bibobAdvice")).isEqualTo("\"MINOR_RISK\"");
        assertThat(variables.value(process, "advice")).isEqualTo("\"GRANT_WITH_CONDITIONS\"");
        assertThat(legal.get("/juridisch/aanvragen/" + caseNumber + "?bibob=herzien").body())
                .contains("De beslistabel is opnieuw geraadpleegd met dit advies", "Verlenen met voorschriften",
                        "op basis van Bibob-advies: Mindere mate van gevaar", "Advies van het Landelijk Bureau Bibob",
                        "Zakelijke relatie met een eerder veroordeelde beheerder.");

        assertThat(recordBibob(legal, caseNumber, "SERIOUS_RISK", "EIGEN_ONDERZOEK", adviceDate,
                "Eigen onderzoek: herkomst van het vermogen niet te verklaren.").statusCode()).isEqualTo(302);
        assertThat(applications.findByCaseNumber(caseNumber).orElseThrow().advice()).isEqualTo("REFUSE");
        assertThat(audit.timeline(caseNumber)).extracting(AuditEntry::action).containsSubsequence(
                "permit.bibob.recorded", "permit.application.re-advised", "permit.bibob.recorded",
                "permit.application.re-advised");

        assertThat(decide(legal, caseNumber, "REFUSE", null, "Ernstig gevaar als bedoeld in de Wet Bibob.", null)
                .statusCode()).isEqualTo(302);
        awaitStatus(caseNumber, ApplicationStatus.REFUSED);
        HttpResponse<String> afterDecision = recordBibob(legal, caseNumber, "NONE", "EIGEN_ONDERZOEK", adviceDate, "Herzien.");
        assertThat(afterDecision.statusCode()).isEqualTo(400);
        assertThat(afterDecision.body()).contains("al besloten");
        assertThat(applications.findByCaseNumber(caseNumber).orElseThrow().bibob().advice()).isEqualTo("SERIOUS_RISK");
    }

    @Test
    void anAdviceRecordedDuringTheInspectionReachesTheDecisionTable() {
        TestAccounts.Created account = accounts.landlord();
        String bagId = randomBagId();
        long addressId = preRegister(bagId, 214, account.landlordId());
        verdicts.hold(addressId);
        String caseNumber = submit(landlord(account), bagId, PermitApplicationJourneyTest.ALL, "geen");
        long process = processOf(caseNumber);
        await().atMost(TIMEOUT).until(() -> verdicts.waiting.containsKey(addressId));

        HttpResponse<String> recorded = recordBibob(legal(), caseNumber, "SERIOUS_RISK", "LANDELIJK_BUREAU_BIBOB",
                LocalDate.now(clock).toString(), "Strafbare feiten van de bestuurder in de afgelopen vijf jaar.");
        assertThat(recorded.statusCode()).isEqualTo(302);
        assertThat(recorded.headers().firstValue("Location").orElseThrow()).endsWith("?bibob");
        verdicts.release(client, addressId, "COMPLIANT");

        path().awaitActive(process, "decide-permit");
        Application advised = applications.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(advised.advice()).as("Rule_BibobSerious").isEqualTo("REFUSE");
        assertThat(advised.adviceBibob()).isEqualTo("SERIOUS_RISK");
        assertThat(new ProcessVariables(client).value(process, "bibobAdvice")).isEqualTo("\"SERIOUS_RISK\"");
    }

    @Test
    void badInputChangesNothing() {
        String caseNumber = submit(landlord(accounts.landlord()), randomBagId(), PermitApplicationJourneyTest.ALL, "geen");
        path().awaitActive(processOf(caseNumber), "decide-permit");
        Portal legal = legal();
        String today = LocalDate.now(clock).toString();
        List<List<String>> bad = List.of(
                List.of("HIGH_RISK", "LANDELIJK_BUREAU_BIBOB", today, "Reden.", "Kies geen gevaar, mindere mate van gevaar"),
                List.of("SERIOUS_RISK", "BUURMAN", today, "Reden.", "Landelijk Bureau Bibob komt of uit eigen onderzoek"),
                List.of("SERIOUS_RISK", "EIGEN_ONDERZOEK", LocalDate.now(clock).plusDays(1).toString(), "Reden.",
                        "die ligt niet in de toekomst"),
                List.of("SERIOUS_RISK", "EIGEN_ONDERZOEK", "gisteren", "Reden.", "die ligt niet in de toekomst"),
                List.of("SERIOUS_RISK", "EIGEN_ONDERZOEK", today, "  ", "Vul de motivering van het Bibob-advies in."));

        for (List<String> input : bad) {
            HttpResponse<String> response = recordBibob(legal, caseNumber, input.get(0), input.get(1), input.get(2), input.get(3));
            assertThat(response.statusCode()).as(input.toString()).isEqualTo(400);
            assertThat(response.body()).as(input.toString()).contains(input.get(4));
        }

        Application unchanged = applications.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(unchanged.bibob()).isEqualTo(new Application.Bibob("NONE", null, null, null, null));
        assertThat(unchanged.advice()).isEqualTo("GRANT");
        assertThat(audit.timeline(caseNumber)).extracting(AuditEntry::action)
                .doesNotContain("permit.bibob.recorded", "permit.application.re-advised");
    }
}
