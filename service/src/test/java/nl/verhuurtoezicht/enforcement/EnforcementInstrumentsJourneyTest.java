package nl.verhuurtoezicht.enforcement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.SanctionHistory;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.LetterLanguage;
import nl.verhuurtoezicht.letters.StoredLetter;
import nl.verhuurtoezicht.permit.Permit;
import nl.verhuurtoezicht.permit.PermitRegister;
import nl.verhuurtoezicht.platform.InvalidInputException;
import nl.verhuurtoezicht.support.ProcessPath;
import nl.verhuurtoezicht.identity.Role;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The instruments beyond warning and fine, end to end: last onder dwangsom (voornemen, besluit, forfeiture at failed
 * re-inspections up to the maximum), the aanmaning letter, intrekking of the permit (ending the permit and its lifecycle
 * process), the takeover ground of letting after a refused or revoked permit, and the tenants' letters of a takeover.
 */
class EnforcementInstrumentsJourneyTest extends EnforcementJourneySupport {

    @Autowired RemedialOrderRepository remedialOrders;
    @Autowired RevocationRepository revocations;
    @Autowired PermitRegister permits;
    @Autowired DSLContext dsl;

    @Test
    void warningNotRemediedLeadsToALastOnderDwangsomThatIsForfeitedUpToItsMaximum() throws IOException {
        EnforcementCase c = start(List.of("WGV-R4"));
        tasks.assessBehaviour(c.caseNumber(), Behaviour.B, "Reageert traag.", JURIST);
        awaitTask(c, "chooseSanction");
        tasks.chooseSanction(c.caseNumber(), Sanction.WARNING, "Eerst herstel vragen.", "P2W", JURIST);
        awaitActive(c, "remedyTermPassed");
        clock.advance(Duration.ofDays(15));
        reinspection(c, "DEFICIENT");
        awaitTask(c, "chooseEscalation");

        assertThatThrownBy(() -> tasks.chooseEscalation(c.caseNumber(), Sanction.DWANGSOM, "Last.",
                new EnforcementTasks.DwangsomInput(new BigDecimal("500"), new BigDecimal("400"), "P1W"), JURIST))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("enforcement.dwangsom.maximum.invalid");
                    assertThat(e.arguments()).containsExactly("€ 500,00");
                });
        assertThatThrownBy(() -> tasks.chooseEscalation(c.caseNumber(), Sanction.DWANGSOM, "Last.",
                new EnforcementTasks.DwangsomInput(null, null, "een week"), JURIST))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enforcement.period.invalid"));
        assertThat(remedialOrders.ofCase(c.caseId())).isEmpty();

        tasks.chooseEscalation(c.caseNumber(), Sanction.DWANGSOM, "Herstel afdwingen; een boete alleen helpt de bewoners niet.",
                new EnforcementTasks.DwangsomInput(new BigDecimal("500"), new BigDecimal("1200"), "P1W"), JURIST);
        await().atMost(WAIT).until(() -> kinds(c.caseNumber()).contains(LetterKind.VOORNEMEN_LAST_ONDER_DWANGSOM));
        assertThat(text(letter(c.caseNumber(), LetterKind.VOORNEMEN_LAST_ONDER_DWANGSOM))).contains("500,00").contains("1.200,00")
                .contains("per week");
        awaitActive(c, "dwangsomEgw");
        requests.registerZienswijze(c.caseNumber(), "Ik heb meer tijd nodig voor de verbouwing.", null, JURIST);
        awaitTask(c, "decideDwangsom");
        tasks.decideDwangsom(c.caseNumber(), RemedialOrder.Outcome.IMPOSE, null,
                "De bewoners hebben recht op een veilige woning.", "Een week is genoeg voor deze maatregel.", SECOND);

        await().atMost(WAIT).until(() -> kinds(c.caseNumber()).contains(LetterKind.BESLUIT_LAST_ONDER_DWANGSOM));
        assertThat(text(letter(c.caseNumber(), LetterKind.BESLUIT_LAST_ONDER_DWANGSOM)))
                .contains("Een week is genoeg").contains("meer tijd nodig").contains("1.200,00");
        awaitActive(c, "begunstigingstermijnPassed");
        RemedialOrder imposed = remedialOrders.ofCase(c.caseId()).orElseThrow();
        assertThat(imposed.status()).isEqualTo(RemedialOrder.Status.IMPOSED);
        assertThat(imposed.remedyDeadline()).isEqualTo(LocalDate.now(clock).plusWeeks(1));
        assertThat(history.of(c.landlordId())).extracting(SanctionHistory.Sanction::kind).contains(SanctionHistory.Kind.DWANGSOM);

        clock.advance(Duration.ofDays(8));
        reinspection(c, "DEFICIENT");
        awaitActive(c, "nextCheckDue");
        RemedialOrder once = remedialOrders.ofCase(c.caseId()).orElseThrow();
        assertThat(once.forfeitures()).singleElement().satisfies(f -> {
            assertThat(f.units()).isEqualTo(1);
            assertThat(f.amount()).isEqualByComparingTo("500");
            assertThat(f.paymentReference()).isEqualTo(c.caseNumber().replace("-", "") + "D1");
            assertThat(f.dueDate()).isEqualTo(LocalDate.now(clock).plusWeeks(6));
        });
        assertThat(text(letter(c.caseNumber(), LetterKind.INVORDERINGSBESLUIT_DWANGSOM))).contains("500,00")
                .contains(once.forfeitures().get(0).paymentReference());

        clock.advance(Duration.ofDays(15));
        reinspection(c, "DEFICIENT");
        awaitClosed(c);
        assertThat(current(c).status()).isEqualTo("DWANGSOM_VOLLEDIG_VERBEURD");
        RemedialOrder exhausted = remedialOrders.ofCase(c.caseId()).orElseThrow();
        assertThat(exhausted.status()).isEqualTo(RemedialOrder.Status.EXHAUSTED);
        assertThat(exhausted.forfeitures()).extracting(RemedialOrder.Forfeiture::units).containsExactly(1, 3);
        assertThat(exhausted.forfeitures()).extracting(RemedialOrder.Forfeiture::amount)
                .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("500"), new BigDecimal("700"));
        assertThat(exhausted.forfeited()).isEqualByComparingTo("1200");
        List<StoredLetter> collections = letters.lettersOfCase(c.caseNumber()).stream()
                .filter(l -> l.kind() == LetterKind.INVORDERINGSBESLUIT_DWANGSOM).toList();
        assertThat(collections).hasSize(2);
        assertThat(text(collections.get(1))).contains("700,00").contains("beperkt tot");
        assertThat(new ProcessPath(client).elementIds(c.processInstanceKey()))
                .containsSubsequence("escalateToFine", "chooseEscalation", "sendDwangsomIntention", "decideDwangsom",
                        "sendDwangsomDecision", "dwangsomReinspection", "forfeitDwangsom", "nextCheckDue",
                        "dwangsomReinspection", "forfeitDwangsom", "closeDwangsomExhausted")
                .doesNotContain("fineProcedure");
    }

    @Test
    void lastOnderDwangsomFollowedInTimeClosesTheCaseWithoutForfeiture() {
        EnforcementCase c = start(List.of("SNF-DET"));
        tasks.assessBehaviour(c.caseNumber(), Behaviour.A, "Welwillend, maar brandveiligheid gaat voor.", JURIST);
        awaitTask(c, "chooseSanction");
        tasks.chooseSanction(c.caseNumber(), Sanction.DWANGSOM, "Rookmelders moeten er direct zijn.", null, null, JURIST);
        RemedialOrder proposed = remedialOrders.ofCase(c.caseId()).orElseThrow();
        assertThat(proposed.amountPerUnit()).isEqualByComparingTo("1000");
        assertThat(proposed.maximum()).isEqualByComparingTo("10000");
        assertThat(proposed.begunstigingstermijn()).hasDays(28);

        awaitActive(c, "dwangsomEgw");
        clock.advance(Duration.ofDays(15));
        awaitTask(c, "decideDwangsom");
        tasks.decideDwangsom(c.caseNumber(), RemedialOrder.Outcome.IMPOSE,
                new EnforcementTasks.DwangsomInput(null, null, "P2W"), "Veiligheid van de bewoners.", null, JURIST);
        awaitActive(c, "begunstigingstermijnPassed");
        assertThat(remedialOrders.ofCase(c.caseId()).orElseThrow().remedyDeadline()).isEqualTo(LocalDate.now(clock).plusWeeks(2));
        clock.advance(Duration.ofDays(15));
        reinspection(c, "COMPLIANT");

        awaitClosed(c);
        assertThat(current(c).status()).isEqualTo("HERSTELD");
        assertThat(remedialOrders.ofCase(c.caseId()).orElseThrow().status()).isEqualTo(RemedialOrder.Status.REMEDIED);
        assertThat(remedialOrders.ofCase(c.caseId()).orElseThrow().forfeitures()).isEmpty();
        assertThat(kinds(c.caseNumber())).doesNotContain(LetterKind.INVORDERINGSBESLUIT_DWANGSOM);
    }

    @Test
    void unpaidFineGetsAnAanmaningLetter() throws IOException {
        EnforcementCase c = startFine(List.of("WGV-R4"), Behaviour.C);
        Fine fine = decideFine(c, null);
        clock.advance(Duration.ofDays(43));
        await().atMost(WAIT).until(() -> kinds(c.caseNumber()).contains(LetterKind.AANMANING));
        String reminder = text(letter(c.caseNumber(), LetterKind.AANMANING));
        assertThat(reminder).contains(fine.paymentReference()).contains("2.500,00").contains(fine.decisionLetter())
                .contains("twee weken");
        await().atMost(WAIT).until(() -> repository.fineOfCase(c.caseId()).orElseThrow().status() == Fine.Status.REMINDED);
    }

    @Test
    void revocationEndsThePermitInTheRegisterAndItsLifecycle() throws IOException {
        long landlord = landlord();
        CaseFile source = sourceCase(landlord);
        PermitRecords.Granted permit = permitRecords().grant(landlord, source.addressId(), LocalDate.now(clock).minusYears(1));
        history.record(source.id(), landlord, null, SanctionHistory.Kind.FINE, LocalDate.now(clock).minusYears(1),
                LocalDate.now(clock).minusYears(1), new BigDecimal("7500"));
        EnforcementCase c = start(source, List.of("SNF-DET"));
        tasks.assessBehaviour(c.caseNumber(), Behaviour.B, "Opnieuw brandonveilig.", JURIST);
        awaitTask(c, "chooseSanction");
        assertThat(current(c).advisedSanction()).isEqualTo(Sanction.REVOCATION);
        tasks.chooseSanction(c.caseNumber(), Sanction.REVOCATION, "Recidive met ernstige gevolgen voor de bewoners.", null, JURIST);

        await().atMost(WAIT).until(() -> kinds(c.caseNumber()).contains(LetterKind.VOORNEMEN_INTREKKING_VERGUNNING));
        assertThat(text(letter(c.caseNumber(), LetterKind.VOORNEMEN_INTREKKING_VERGUNNING))).contains(permit.permitNumber())
                .contains("Recidive met ernstige gevolgen");
        awaitActive(c, "revocationEgw");
        clock.advance(Duration.ofDays(15));
        awaitTask(c, "decideRevocation");
        assertThatThrownBy(() -> tasks.decideRevocation(c.caseNumber(), Revocation.Outcome.REVOKE,
                LocalDate.now(clock).minusDays(1), "Te vroeg.", null, JURIST))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enforcement.revocation.effectiveOn.invalid"));
        assertThat(permits.find(permit.permitId()).orElseThrow().status()).isEqualTo(Permit.Status.CURRENT);
        LocalDate from = LocalDate.now(clock).plusWeeks(1);
        tasks.decideRevocation(c.caseNumber(), Revocation.Outcome.REVOKE, from, "Geen zienswijze; intrekking is evenredig.",
                null, JURIST);

        awaitClosed(c);
        assertThat(current(c).status()).isEqualTo("VERGUNNING_INGETROKKEN");
        Permit revoked = permits.find(permit.permitId()).orElseThrow();
        assertThat(revoked.status()).isEqualTo(Permit.Status.REVOKED);
        assertThat(revoked.revokedOn()).isEqualTo(from);
        assertThat(revoked.revocationReason()).contains(c.caseNumber());
        assertThat(text(letter(c.caseNumber(), LetterKind.INTREKKING_VERGUNNING))).contains(permit.permitNumber());
        assertThat(history.of(landlord)).extracting(SanctionHistory.Sanction::kind).contains(SanctionHistory.Kind.REVOCATION);
        ProcessPath path = new ProcessPath(client);
        path.awaitCompleted(permit.lifecycleProcessKey(), "End_Revoked");
        assertThat(path.elementIds(c.processInstanceKey())).containsSubsequence("sendRevocationIntention", "revocationTermPassed",
                "decideRevocation", "revokePermit", "revokedEnd");
    }

    @Test
    void revocationIsRefusedWithoutACurrentPermitAndChangesNothing() {
        EnforcementCase c = start(List.of("WGV-R4"));
        tasks.assessBehaviour(c.caseNumber(), Behaviour.B, "Onverschillig.", JURIST);
        awaitTask(c, "chooseSanction");
        assertThatThrownBy(() -> tasks.chooseSanction(c.caseNumber(), Sanction.REVOCATION, "Intrekken.", null, JURIST))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("enforcement.sanction.noPermit"));
        assertThat(current(c).chosenSanction()).isNull();
        assertThat(revocations.ofCase(c.caseId())).isEmpty();
        awaitTask(c, "chooseSanction");
    }

    @Test
    void lettingAfterARevokedPermitIsATakeoverGroundAndTheTenantsAreToldInTheirLanguages() throws IOException {
        long landlord = landlord();
        CaseFile source = sourceCase(landlord);
        PermitRecords.Granted permit = permitRecords().grant(landlord, source.addressId(), LocalDate.now(clock).minusYears(2));
        permits.revoke(permit.permitId(), "Eerdere handhaving", LocalDate.now(clock).minusMonths(2));

        EnforcementCase c = start(source, List.of("WGV-R4"));
        assertThat(c.takeoverGround()).isTrue();
        assertThat(c.takeoverGroundReason()).contains(permit.permitNumber()).contains("ingetrokken");
        tasks.assessBehaviour(c.caseNumber(), Behaviour.C, "Verhuurt door zonder vergunning.", JURIST);
        awaitTask(c, "chooseSanction");
        assertThat(current(c).advisedSanction()).isEqualTo(Sanction.TAKEOVER);
        tasks.chooseSanction(c.caseNumber(), Sanction.TAKEOVER, "Verhuur zonder vergunning na intrekking.", null, JURIST);
        await().atMost(WAIT).until(() -> kinds(c.caseNumber()).contains(LetterKind.VOORNEMEN_BEHEEROVERNAME));
        // Line breaks depend on the length of the dates in the letter, so words are compared with single spaces.
        assertThat(text(letter(c.caseNumber(), LetterKind.VOORNEMEN_BEHEEROVERNAME)).replaceAll("\\s+", " "))
                .contains("Wij kunnen het beheer overnemen, omdat")
                .contains("hebben ingetrokken").contains(permit.permitNumber());
        awaitActive(c, "takeoverEgw");
        clock.advance(Duration.ofDays(15));
        awaitTask(c, "decideTakeover");
        LocalDate start = LocalDate.now(clock).plusWeeks(2);
        tasks.decideTakeover(c.caseNumber(), "Stichting Goed Beheer Gelderland", "024 123 45 67, beheer@goedbeheer.test", start,
                "verhuur, huurinning en onderhoud", null, EnumSet.of(LetterLanguage.PL, LetterLanguage.RO), JURIST);

        awaitClosed(c);
        List<StoredLetter> tenantLetters = letters.lettersOfCase(c.caseNumber()).stream()
                .filter(l -> l.kind() == LetterKind.BEHEEROVERNAME_HUURDERS).toList();
        assertThat(tenantLetters).extracting(StoredLetter::language)
                .containsExactlyInAnyOrder(LetterLanguage.NL, LetterLanguage.PL, LetterLanguage.RO);
        for (StoredLetter tenantLetter : tenantLetters) {
            assertThat(text(tenantLetter)).contains("Stichting Goed Beheer Gelderland").contains("024 123 45 67")
                    .contains("De bewoners van");
        }
        assertThat(takeovers.ofCase(c.caseId())).hasValueSatisfying(t -> assertThat(t.tenantLanguages())
                .containsExactlyInAnyOrder(LetterLanguage.NL, LetterLanguage.PL, LetterLanguage.RO));
    }

    @Test
    void lettingAfterARefusedApplicationIsATakeoverGroundButNotWhenAPermitCoversTheAddressNow() {
        long landlord = landlord();
        CaseFile refusedAddress = sourceCase(landlord);
        String application = permitRecords().refuse(landlord, refusedAddress.addressId(), LocalDate.now(clock).minusMonths(3));
        EnforcementCase refused = start(refusedAddress, List.of("WGV-R4"));
        assertThat(refused.takeoverGround()).isTrue();
        assertThat(refused.takeoverGroundReason()).contains(application).contains("geweigerd");

        CaseFile grantedLater = sourceCase(landlord);
        permitRecords().refuse(landlord, grantedLater.addressId(), LocalDate.now(clock).minusMonths(6));
        permitRecords().grant(landlord, grantedLater.addressId(), LocalDate.now(clock).minusMonths(1));
        EnforcementCase covered = start(grantedLater, List.of("WGV-R4"));
        assertThat(covered.takeoverGround()).isFalse();
        assertThat(covered.takeoverGroundReason()).isNull();
    }

    @Test
    void legalStaffChooseALastOnTheCasePageAndBadTermsAreRefusedThere() throws Exception {
        EnforcementCase c = start(List.of("SNF-DET"));
        tasks.assessBehaviour(c.caseNumber(), Behaviour.B, "Onverschillig.", JURIST);
        awaitTask(c, "chooseSanction");
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        var principal = userDetails.loadUserByUsername(accounts.staff(Role.LEGAL).username());
        var legal = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());

        String page = mvc.perform(get("/juridisch/handhaving/" + c.caseNumber()).with(authentication(legal)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("value=\"DWANGSOM\"").contains("name=\"dwangsomMaximum\"").contains("per week")
                .doesNotContain("value=\"REVOCATION\"").doesNotContain("value=\"TAKEOVER\"");

        String refused = mvc.perform(post("/juridisch/handhaving/" + c.caseNumber() + "/sanctie").with(authentication(legal))
                        .with(csrf()).param("sanction", "DWANGSOM").param("reason", "Last").param("dwangsomAmount", "2.000,00")
                        .param("dwangsomMaximum", "1.000,00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("error-summary").contains("href=\"#dwangsomMaximum\"").contains("2.000,00");
        assertThat(remedialOrders.ofCase(c.caseId())).isEmpty();

        mvc.perform(post("/juridisch/handhaving/" + c.caseNumber() + "/sanctie").with(authentication(legal)).with(csrf())
                        .param("sanction", "DWANGSOM").param("reason", "Herstel afdwingen").param("dwangsomAmount", "750")
                        .param("dwangsomMaximum", "7.500,00").param("begunstigingstermijn", "P3W"))
                .andExpect(status().is3xxRedirection());
        assertThat(remedialOrders.ofCase(c.caseId())).hasValueSatisfying(o -> {
            assertThat(o.amountPerUnit()).isEqualByComparingTo("750");
            assertThat(o.maximum()).isEqualByComparingTo("7500");
            assertThat(o.begunstigingstermijn()).hasDays(21);
        });
        awaitActive(c, "dwangsomEgw");
        String waiting = mvc.perform(get("/juridisch/handhaving/" + c.caseNumber()).with(authentication(legal)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(waiting).contains("name=\"zienswijze\"").contains("Voornemen last onder dwangsom");

        clock.advance(Duration.ofDays(15));
        awaitTask(c, "decideDwangsom");
        String deciding = mvc.perform(get("/juridisch/handhaving/" + c.caseNumber()).with(authentication(legal)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(deciding).contains("value=\"IMPOSE\"").contains("Last opleggen").contains("Afzien van de last")
                .contains("value=\"750.00\"").contains("value=\"P21D\"");
    }

    private PermitRecords permitRecords() {
        return new PermitRecords(dsl, cases, client, clock);
    }
}
