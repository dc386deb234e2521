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

/** The enforcement journeys end to end: warnings, fines, payments, objections, takeover (see the support class). */
class EnforcementJourneyTest extends EnforcementJourneySupport {

    @Test
    void warningFollowedByRemedyClosesTheCase() {
        EnforcementCase c = start(List.of("WGV-R4"));
        tasks.assessBehaviour(c.caseNumber(), Behaviour.A, "Verhuurder werkt mee en wist het niet.", JURIST);
        awaitTask(c, "chooseSanction");
        assertThat(current(c).advisedSanction()).isEqualTo(Sanction.WARNING);
        assertThat(repository.violations(c.caseId())).singleElement().satisfies(v -> assertThat(v.advice()).isEqualTo(Sanction.WARNING));
        tasks.chooseSanction(c.caseNumber(), Sanction.WARNING, "Eerste overtreding, welwillend.", "P4W", JURIST);

        await().atMost(WAIT).until(() -> kinds(c.caseNumber()).contains(LetterKind.SCHRIFTELIJKE_WAARSCHUWING));
        awaitActive(c, "remedyTermPassed");
        clock.advance(Duration.ofDays(29));
        reinspection(c, "COMPLIANT");

        awaitClosed(c);
        assertThat(current(c).status()).isEqualTo("HERSTELD");
        assertThat(history.of(c.landlordId())).extracting(SanctionHistory.Sanction::kind).containsExactly(SanctionHistory.Kind.WARNING);
        assertThat(repository.fineOfCase(c.caseId())).isEmpty();
    }

    @Test
    void warningNotRemediedLeadsToAFinePaidByCamtImport() throws IOException {
        EnforcementCase c = start(List.of("WGV-R4"));
        tasks.assessBehaviour(c.caseNumber(), Behaviour.B, "Reageert niet op eerdere verzoeken.", JURIST);
        awaitTask(c, "chooseSanction");
        tasks.chooseSanction(c.caseNumber(), Sanction.WARNING, "Eerst herstel vragen.", "P2W", JURIST);
        await().atMost(WAIT).until(() -> kinds(c.caseNumber()).contains(LetterKind.SCHRIFTELIJKE_WAARSCHUWING));
        awaitActive(c, "remedyTermPassed");
        clock.advance(Duration.ofDays(15));
        reinspection(c, "DEFICIENT");
        awaitTask(c, "chooseEscalation");
        assertThat(current(c).status()).isEqualTo("NIET_HERSTELD");
        assertThatThrownBy(() -> tasks.chooseEscalation(c.caseNumber(), Sanction.TAKEOVER, "Te zwaar.", null, JURIST))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enforcement.escalation.choice"));
        tasks.chooseEscalation(c.caseNumber(), Sanction.FINE, "Waarschuwing niet opgevolgd.", null, JURIST);

        await().atMost(WAIT).until(() -> kinds(c.caseNumber()).contains(LetterKind.VOORNEMEN_BESTUURLIJKE_BOETE));
        awaitActive(c, "zienswijzeEgw");
        assertThat(current(c).reportDate()).isEqualTo(LocalDate.now(clock));
        Fine fine = decideFine(c, null);
        assertThat(fine.amount()).isEqualByComparingTo("2500");

        byte[] statement = camt("STMT-" + c.caseNumber(), entry("BANK-" + c.caseNumber(), "2500.00", "CRDT",
                "Boete " + fine.paymentReference()), entry("BANK-X-" + c.caseNumber(), "99.00", "CRDT", "HH2099999999B"));
        Payments.ImportReport report = payments.importStatement(statement, JURIST);
        assertThat(report.booked()).singleElement().satisfies(b -> assertThat(b.caseNumber()).isEqualTo(c.caseNumber()));
        assertThat(report.unmatched()).singleElement().satisfies(u -> assertThat(u.reason()).contains("HH2099999999B"));
        assertThat(repository.fineOfCase(c.caseId()).orElseThrow().status()).isEqualTo(Fine.Status.PAID);

        assertThatThrownBy(() -> payments.importStatement(statement, JURIST)).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("enforcement.camt.duplicate");
        byte[] sameEntryOtherFile = camt("STMT2-" + c.caseNumber(), entry("BANK-" + c.caseNumber(), "2500.00", "CRDT",
                fine.paymentReference()));
        assertThat(payments.importStatement(sameEntryOtherFile, JURIST).alreadyBooked()).containsExactly("BANK-" + c.caseNumber());
        assertThat(repository.fineOfCase(c.caseId()).orElseThrow().paid()).isEqualByComparingTo("2500");

        clock.advance(Duration.ofDays(43));
        awaitClosed(c);
        assertThat(current(c).status()).isEqualTo("BETAALD");
    }

    @Test
    void malformedStatementIsReportedAndBooksNothing() {
        assertThatThrownBy(() -> payments.importStatement("<Document><oops>".getBytes(StandardCharsets.UTF_8), JURIST))
                .isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("enforcement.camt.malformed");
        assertThatThrownBy(() -> payments.importStatement("<pain/>".getBytes(StandardCharsets.UTF_8), JURIST))
                .extracting(e -> ((InvalidInputException) e).messageKey()).isEqualTo("enforcement.camt.malformed");
    }

    @Test
    void zienswijzeLowersTheAmountInTheDecision() throws IOException {
        EnforcementCase c = startFine(List.of("SNF-DET"), Behaviour.C);
        Fine intended = repository.fineOfCase(c.caseId()).orElseThrow();
        requests.registerZienswijze(c.caseNumber(), "De rookmelders zijn de dag na de inspectie vervangen.", null, JURIST);
        awaitTask(c, "weighZienswijze");
        assertThatThrownBy(() -> tasks.weighZienswijze(c.caseNumber(), EnforcementTasks.ZienswijzeOutcome.LOWER,
                intended.intendedAmount().add(BigDecimal.ONE), "Hoger kan niet.", JURIST)).isInstanceOf(InvalidInputException.class);
        tasks.weighZienswijze(c.caseNumber(), EnforcementTasks.ZienswijzeOutcome.LOWER, new BigDecimal("3000"),
                "Snel herstel weegt mee; wij verlagen de boete.", JURIST);
        awaitTask(c, "proposeDecision");
        Fine fine = proposeAndApprove(c, new BigDecimal("3000"));

        assertThat(fine.amount()).isEqualByComparingTo("3000");
        assertThat(fine.calculatedAmount()).isGreaterThan(fine.amount());
        String decision = text(letter(c.caseNumber(), LetterKind.BESLUIT_BESTUURLIJKE_BOETE));
        assertThat(decision).contains("3.000,00").contains("Snel herstel weegt mee").contains("rookmelders zijn de dag na");
    }

    @Test
    void objectionPartlyUpheldLowersTheFineWithItsOwnLetter() throws IOException {
        EnforcementCase c = startFine(List.of("WGV-R3"), Behaviour.C);
        Fine fine = decideFine(c, null);
        requests.registerObjection(c.caseNumber(), "De borg is inmiddels terugbetaald.", null, JURIST);
        awaitTask(c, "decideObjection");
        ObjectionRepository.Objection objection = objections.ofEnforcementCase(c.caseId()).orElseThrow();
        assertThat(objection.caseNumber()).startsWith("BZ-");
        assertThat(objection.decisionDue()).isEqualTo(LocalDate.now(clock).plusWeeks(6));
        tasks.decideObjection(c.caseNumber(), ObjectionRepository.Outcome.PARTLY, new BigDecimal("1000"),
                "De terugbetaling rechtvaardigt matiging.", SECOND);

        await().atMost(WAIT).until(() -> kinds(objection.caseNumber()).contains(LetterKind.BESLISSING_OP_BEZWAAR));
        await().atMost(WAIT).until(() -> repository.fineOfCase(c.caseId()).orElseThrow().amount().compareTo(new BigDecimal("1000")) == 0);
        assertThat(text(letter(objection.caseNumber(), LetterKind.BESLISSING_OP_BEZWAAR)))
                .contains("gedeeltelijk gegrond").contains("1.000,00");
        assertThat(history.of(c.landlordId())).filteredOn(s -> s.annulledOn() == null)
                .singleElement().satisfies(s -> assertThat(s.amountEur()).isEqualByComparingTo("1000"));
        assertThat(cases.find(objection.caseId()).orElseThrow().closedAt()).isNotNull();
        assertThat(fine.amount()).isGreaterThan(new BigDecimal("1000"));
    }

    @Test
    void repeatOffenceIsCappedAtTheFifthCategory() {
        long landlord = landlord();
        history.record(sourceCase(landlord).id(), landlord, null, SanctionHistory.Kind.FINE,
                LocalDate.now(clock).minusYears(2), LocalDate.now(clock).minusYears(2), new BigDecimal("2500"));
        EnforcementCase c = startFine(landlord, List.of("WGV-R4"), Behaviour.B);
        assertThat(current(c).repeatOffence()).isTrue();
        Fine fine = repository.fineOfCase(c.caseId()).orElseThrow();
        assertThat(fine.category()).isEqualTo(FineCategory.FIFTH);
        assertThat(fine.legalMaximum()).isEqualByComparingTo("103000");
        assertThat(fine.basis()).contains("vijfde categorie").contains("recidive");

        clock.advance(Duration.ofDays(15));
        awaitTask(c, "proposeDecision");
        assertThatThrownBy(() -> tasks.proposeFine(c.caseNumber(), new BigDecimal("103000.01"), "Te hoog.", JURIST))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("enforcement.amount.aboveMaximum");
                    assertThat(e.arguments()).containsExactly("€ 103.000,00");
                });
        assertThat(repository.fineOfCase(c.caseId()).orElseThrow().proposedAmount()).isNull();
        tasks.proposeFine(c.caseNumber(), new BigDecimal("103000"), "Zwaarste categorie wegens recidive.", JURIST);
        awaitTask(c, "approveDecision");
        tasks.approveFine(c.caseNumber(), true, SECOND);
        await().atMost(WAIT).until(() -> repository.fineOfCase(c.caseId()).orElseThrow().decidedOn() != null);
        assertThat(repository.fineOfCase(c.caseId()).orElseThrow().amount()).isEqualByComparingTo("103000");
    }

    @Test
    void twoFinesAndANewViolationLeadToATakeoverDecision() throws IOException {
        long landlord = landlord();
        LocalDate today = LocalDate.now(clock);
        history.record(sourceCase(landlord).id(), landlord, null, SanctionHistory.Kind.FINE, today.minusYears(3),
                today.minusYears(3), new BigDecimal("7500"));
        history.record(sourceCase(landlord).id(), landlord, null, SanctionHistory.Kind.FINE, today.minusYears(1),
                today.minusYears(1), new BigDecimal("15000"));
        EnforcementCase c = start(landlord, List.of("SNF-DET"));
        assertThat(c.takeoverGround()).isTrue();
        tasks.assessBehaviour(c.caseNumber(), Behaviour.C, "Na twee boetes opnieuw brandonveilig.", JURIST);
        awaitTask(c, "chooseSanction");
        assertThat(current(c).advisedSanction()).isEqualTo(Sanction.TAKEOVER);
        tasks.chooseSanction(c.caseNumber(), Sanction.TAKEOVER, "Boetes hebben geen effect gehad.", null, JURIST);
        await().atMost(WAIT).until(() -> kinds(c.caseNumber()).contains(LetterKind.VOORNEMEN_BEHEEROVERNAME));
        assertThat(text(letter(c.caseNumber(), LetterKind.VOORNEMEN_BEHEEROVERNAME))).contains("7.500,00").contains("15.000,00");
        awaitActive(c, "takeoverEgw");

        clock.advance(Duration.ofDays(15));
        awaitTask(c, "decideTakeover");
        LocalDate start = LocalDate.now(clock).plusWeeks(4);
        tasks.decideTakeover(c.caseNumber(), "Stichting Goed Beheer Gelderland", start, "verhuur, huurinning en onderhoud",
                null, JURIST);

        awaitClosed(c);
        assertThat(current(c).status()).isEqualTo("BEHEER_OVERGENOMEN");
        assertThat(takeovers.ofCase(c.caseId())).hasValueSatisfying(t -> {
            assertThat(t.manager()).isEqualTo("Stichting Goed Beheer Gelderland");
            assertThat(t.startDate()).isEqualTo(start);
        });
        assertThat(history.of(landlord)).extracting(SanctionHistory.Sanction::kind).contains(SanctionHistory.Kind.TAKEOVER);
        assertThat(text(letter(c.caseNumber(), LetterKind.BESLUIT_BEHEEROVERNAME))).contains("Stichting Goed Beheer Gelderland");
    }

    @Test
    void thirteenWeekDeadlineEscalatesWhileTheDecisionIsPending() {
        EnforcementCase c = startFine(List.of("WGV-R4"), Behaviour.C);
        clock.advance(Duration.ofDays(15));
        awaitTask(c, "proposeDecision");
        assertThat(current(c).escalated()).isFalse();

        clock.advance(Duration.ofDays(7 * 11 - 15 + 1));
        await().atMost(WAIT).until(() -> current(c).escalated());
        assertThat(audit.timeline(c.caseNumber())).extracting(e -> e.action()).contains("enforcement.deadline.escalated");
        awaitTask(c, "proposeDecision");
    }

    @Test
    void unpaidFineGetsAReminderAndThenGoesToCollection() {
        EnforcementCase c = startFine(List.of("WGV-R4"), Behaviour.C);
        decideFine(c, null);
        clock.advance(Duration.ofDays(43));
        await().atMost(WAIT).until(() -> repository.fineOfCase(c.caseId()).orElseThrow().status() == Fine.Status.REMINDED);
        assertThat(current(c).status()).isEqualTo("AANMANING");
        clock.advance(Duration.ofDays(15));
        await().atMost(WAIT).until(() -> repository.fineOfCase(c.caseId()).orElseThrow().status() == Fine.Status.COLLECTION);
        awaitClosed(c);
        assertThat(current(c).status()).isEqualTo("INVORDERING");
    }

    @Test
    void theProposerCannotApproveTheirOwnFine() {
        EnforcementCase c = startFine(List.of("WGV-R4"), Behaviour.C);
        clock.advance(Duration.ofDays(15));
        awaitTask(c, "proposeDecision");
        tasks.proposeFine(c.caseNumber(), new BigDecimal("2000"), "Volgens beleid, gematigd.", JURIST);
        awaitTask(c, "approveDecision");

        assertThatThrownBy(() -> tasks.approveFine(c.caseNumber(), true, JURIST))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.messageKey()).isEqualTo("enforcement.fourEyes"));
        assertThat(repository.fineOfCase(c.caseId()).orElseThrow().approvedBy()).isNull();
        assertThat(tasks.openTask(current(c)).orElseThrow().getElementId()).isEqualTo("approveDecision");

        tasks.approveFine(c.caseNumber(), true, SECOND);
        await().atMost(WAIT).until(() -> kinds(c.caseNumber()).contains(LetterKind.BESLUIT_BESTUURLIJKE_BOETE));
        assertThat(repository.fineOfCase(c.caseId()).orElseThrow().approvedBy()).isEqualTo(SECOND.username());
    }

    @Test
    void legalStaffSeeAdviceCalculationAndLettersAndATooHighAmountIsRefusedOnThePage() throws Exception {
        EnforcementCase c = startFine(List.of("SNF-DET"), Behaviour.C);
        clock.advance(Duration.ofDays(15));
        awaitTask(c, "proposeDecision");
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var principal = userDetails.loadUserByUsername(accounts.staff(Role.LEGAL).username());
        var legal = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());

        String worklist = mvc.perform(get("/juridisch/handhaving").with(authentication(legal)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(worklist).contains(c.caseNumber()).contains("Boetebesluit voorstellen");
        String page = mvc.perform(get("/juridisch/handhaving/" + c.caseNumber()).with(authentication(legal)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Boeteberekening").contains("vierde categorie").contains("C calculerend")
                .contains("Voornemen bestuurlijke boete").contains("name=\"amount\"");

        String refused = mvc.perform(post("/juridisch/handhaving/" + c.caseNumber() + "/voorstel").with(authentication(legal))
                        .with(csrf()).param("amount", "30.000,00").param("reason", "Te hoog"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("error-summary").contains("href=\"#amount\"").contains("25.750,00");
        assertThat(repository.fineOfCase(c.caseId()).orElseThrow().proposedAmount()).isNull();

        mvc.perform(post("/juridisch/handhaving/" + c.caseNumber() + "/voorstel").with(authentication(legal)).with(csrf())
                        .param("amount", "5.000,00").param("reason", "Volgens beleid"))
                .andExpect(status().is3xxRedirection());
        assertThat(repository.fineOfCase(c.caseId()).orElseThrow().proposedAmount()).isEqualByComparingTo("5000");

        byte[] preview = mvc.perform(get("/juridisch/handhaving/" + c.caseNumber() + "/voorbeeld-besluit").with(authentication(legal)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (PDDocument pdf = Loader.loadPDF(preview)) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("5.000,00").contains("concept");
        }
        assertThat(kinds(c.caseNumber())).doesNotContain(LetterKind.BESLUIT_BESTUURLIJKE_BOETE);
    }

    @Test
    void legalStaffStartEnforcementForViolationsFoundOtherwiseAndBadRequestsChangeNothing() {
        long landlord = landlord();
        CaseFile source = sourceCase(landlord);
        LocalDate today = LocalDate.now(clock);
        assertThatThrownBy(() -> requests.start(source.caseNumber(), List.of("NO-SUCH-RULE"), today, JURIST))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enforcement.start.unknownRule"));
        assertThatThrownBy(() -> requests.start(source.caseNumber(), List.of("WGV-R4"), today.plusDays(1), JURIST))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enforcement.start.reportDate"));
        assertThatThrownBy(() -> requests.start("TZ-1999-000001", List.of("WGV-R4"), today, JURIST))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enforcement.start.unknownCase"));

        requests.start(source.caseNumber(), List.of("WGV-R4", "WGV-R3"), today.minusDays(3), JURIST);
        await().atMost(WAIT).until(() -> !cases.childrenOf(source.id()).isEmpty());
        assertThat(cases.childrenOf(source.id())).hasSize(1);
        EnforcementCase c = repository.byCaseId(cases.childrenOf(source.id()).get(0).id()).orElseThrow();
        assertThat(c.reportDate()).isEqualTo(today.minusDays(3));
        assertThat(c.decisionDue()).isEqualTo(today.minusDays(3).plusWeeks(13));
        assertThat(repository.violations(c.caseId())).extracting(Violation::ruleId).containsExactly("WGV-R4", "WGV-R3");
        awaitTask(c, "assessBehaviour");
    }
}
