package nl.verhuurtoezicht.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.support.TestAccounts;
import org.junit.jupiter.api.Test;

/** The permit journeys end to end: portal over HTTP, embedded engine, workers, letters, register; time moved by the clock. */
class PermitApplicationJourneyTest extends PermitJourneyFixture {

    static final Set<DocumentKind> ALL = EnumSet.allOf(DocumentKind.class);

    @Test
    void completeAndCompliantApplicationIsGrantedWithLetterAndRegisterEntry() {
        TestAccounts.Created account = accounts.landlord();
        Portal landlord = landlord(account);
        String bagId = randomBagId();

        String caseNumber = submit(landlord, bagId, ALL, "geen");
        long process = processOf(caseNumber);
        path().awaitActive(process, "decide-permit");
        Application waiting = applications.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(waiting.status()).isEqualTo(ApplicationStatus.AWAITING_DECISION);
        assertThat(waiting.advice()).isEqualTo("GRANT");
        assertThat(waiting.addresses()).singleElement().satisfies(a -> assertThat(a.verdict()).isEqualTo("COMPLIANT"));
        assertThat(landlord.get("/verhuurder/aanvragen/" + caseNumber).body())
                .contains(caseNumber).contains("Besluit in voorbereiding");

        Portal legal = legal();
        assertThat(legal.get("/juridisch/taken").body()).contains(caseNumber);
        assertThat(legal.postForm("/juridisch/aanvragen/" + caseNumber, "/juridisch/aanvragen/" + caseNumber + "/toewijzen",
                java.util.Map.of()).statusCode()).isEqualTo(302);
        assertThat(client.newUserTaskSearchRequest().filter(f -> f.processInstanceKey(process)).send().join().items())
                .singleElement().satisfies(task -> assertThat(task.getAssignee()).startsWith("staff-"));
        assertThat(decide(legal, caseNumber, "GRANT", "Nachtregister bijhouden.", null, null).statusCode()).isEqualTo(302);

        Application granted = awaitStatus(caseNumber, ApplicationStatus.GRANTED);
        path().awaitCompleted(process, "End_Granted");
        assertThat(path().elementIds(process)).containsExactly("Start_Submitted", "Task_CheckCompleteness",
                "Gateway_Complete", "Call_Inspection", "Call_Inspection", "Task_RecordInspections",
                "Task_CollectFacts", "Rule_PermitDecision", "Task_RecordAdvice", "decide-permit", "Gateway_Decision",
                "Task_Grant", "End_Granted");
        assertThat(steps(caseNumber)).containsExactly(ApplicationStep.SUBMITTED, ApplicationStep.COMPLETE,
                ApplicationStep.INSPECTED, ApplicationStep.ADVISED, ApplicationStep.GRANTED);
        assertThat(letterKinds(caseNumber)).containsExactly(LetterKind.ONTVANGSTBEVESTIGING_AANVRAAG,
                LetterKind.VERGUNNING_VERLEEND);
        Permit permit = register.findByApplication(granted.id()).orElseThrow();
        assertThat(permit.permitNumber()).isEqualTo(caseNumber.replace("VA-", "VV-"));
        assertThat(permit.validUntil()).isEqualTo(LocalDate.now(clock).plusYears(5).minusDays(1));
        assertThat(permit.conditions()).containsExactly("Nachtregister bijhouden.");
        assertThat(permit.addresses()).singleElement().satisfies(a -> assertThat(a.maxOccupants()).isEqualTo(4));
        assertThat(letterText(caseNumber, LetterKind.VERGUNNING_VERLEEND))
                .contains(permit.permitNumber()).contains("Nachtregister bijhouden.").contains("€ 194,70 leges");
        assertThat(cases.findByNumber(caseNumber).orElseThrow().isOpen()).isFalse();
        assertThat(Portal.anonymous(port).get("/register/vergunningen").body())
                .contains("Groenestraat 214").contains("Flexwonen Gelderland B.V.");
        assertThat(landlord.get("/verhuurder/vergunningen").body()).contains(permit.permitNumber());
    }

    @Test
    void incompleteApplicationSupplementedInTimeContinuesAndTheTermMovesOn() {
        Portal landlord = landlord(accounts.landlord());
        String caseNumber = submit(landlord, randomBagId(), EnumSet.of(DocumentKind.MODEL_LEASE, DocumentKind.FLOOR_PLAN), null);
        long process = processOf(caseNumber);
        path().awaitActive(process, "Gateway_AwaitSupplement");
        Application incomplete = awaitStatus(caseNumber, ApplicationStatus.INCOMPLETE);
        LocalDate dueAtSubmission = incomplete.submittedOn().plusWeeks(8);
        assertThat(incomplete.suspendedSince()).isEqualTo(LocalDate.now(clock));
        assertThat(letterKinds(caseNumber)).containsExactly(LetterKind.ONTVANGSTBEVESTIGING_AANVRAAG,
                LetterKind.VERZOEK_OM_AANVULLING);
        assertThat(letterText(caseNumber, LetterKind.VERZOEK_OM_AANVULLING))
                .contains("bewijs van brandveiligheid").contains("verklaring over bestuurlijke boetes");

        clock.advance(Duration.ofDays(3));
        assertThat(landlord.get("/verhuurder/aanvragen/" + caseNumber).body())
                .contains("Beslistermijn opgeschort").contains(format(dueAtSubmission.plusDays(3)));
        var response = landlord.postMultipart("/verhuurder/aanvragen/" + caseNumber, "/verhuurder/aanvragen/" + caseNumber + "/aanvulling",
                java.util.Map.of("finesStatement", "geen"), documents(EnumSet.of(DocumentKind.FIRE_SAFETY_CERTIFICATE)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(302);

        path().awaitActive(process, "decide-permit");
        Application complete = applications.findByCaseNumber(caseNumber).orElseThrow();
        assertThat(complete.suspendedDays()).isEqualTo(3);
        assertThat(complete.decisionDue()).isEqualTo(dueAtSubmission.plusDays(3));
        assertThat(path().elementIds(process)).containsExactly("Start_Submitted", "Task_CheckCompleteness",
                "Gateway_Complete", "Task_RequestSupplement", "Gateway_AwaitSupplement", "Event_Supplemented",
                "Task_CheckCompleteness", "Gateway_Complete", "Call_Inspection", "Call_Inspection", "Task_RecordInspections",
                "Task_CollectFacts", "Rule_PermitDecision", "Task_RecordAdvice", "decide-permit");
        assertThat(steps(caseNumber)).containsExactly(ApplicationStep.SUBMITTED, ApplicationStep.SUPPLEMENT_REQUESTED,
                ApplicationStep.SUPPLEMENTED, ApplicationStep.COMPLETE, ApplicationStep.INSPECTED, ApplicationStep.ADVISED);
    }

    @Test
    void incompleteApplicationWhoseTermExpiresIsNotProcessed() {
        Portal landlord = landlord(accounts.landlord());
        String caseNumber = submit(landlord, randomBagId(), Set.of(), "geen");
        long process = processOf(caseNumber);
        path().awaitActive(process, "Gateway_AwaitSupplement");
        awaitStatus(caseNumber, ApplicationStatus.INCOMPLETE);

        clock.advance(Duration.ofDays(15));

        awaitStatus(caseNumber, ApplicationStatus.NOT_PROCESSED);
        path().awaitCompleted(process, "End_NotProcessed");
        assertThat(path().elementIds(process)).containsExactly("Start_Submitted", "Task_CheckCompleteness",
                "Gateway_Complete", "Task_RequestSupplement", "Gateway_AwaitSupplement", "Event_SupplementTermExpired",
                "Task_NotProcessed", "End_NotProcessed");
        assertThat(letterKinds(caseNumber)).containsExactly(LetterKind.ONTVANGSTBEVESTIGING_AANVRAAG,
                LetterKind.VERZOEK_OM_AANVULLING, LetterKind.BESLUIT_BUITEN_BEHANDELING);
        assertThat(letterText(caseNumber, LetterKind.BESLUIT_BUITEN_BEHANDELING))
                .contains("niet te behandelen").contains("modelhuurovereenkomst").contains("bezwaar");
        assertThat(cases.findByNumber(caseNumber).orElseThrow().isOpen()).isFalse();
        assertThat(landlord.get("/verhuurder/aanvragen/" + caseNumber).body()).contains("Buiten behandeling gesteld");
    }

    @Test
    void seriousInspectionFindingsLeadToRefusalAdviceAndARefusalLetter() {
        TestAccounts.Created account = accounts.landlord();
        String bagId = randomBagId();
        preRegister(bagId, account.landlordId(), "SERIOUS");
        String caseNumber = submit(landlord(account), bagId, ALL, "geen");
        long process = processOf(caseNumber);
        path().awaitActive(process, "decide-permit");
        assertThat(applications.findByCaseNumber(caseNumber).orElseThrow().advice()).isEqualTo("REFUSE");

        Portal legal = legal();
        assertThat(legal.get("/juridisch/aanvragen/" + caseNumber).body()).contains("Ernstige tekortkomingen").contains("Weigeren");
        var noGrounds = decide(legal, caseNumber, "REFUSE", null, "", null);
        assertThat(noGrounds.statusCode()).isEqualTo(400);
        assertThat(noGrounds.body()).contains("Vul ten minste één weigeringsgrond in.");
        assertThat(decide(legal, caseNumber, "REFUSE", null, "De gebruiksoppervlakte per bewoner is 8,4 m².", null)
                .statusCode()).isEqualTo(302);

        awaitStatus(caseNumber, ApplicationStatus.REFUSED);
        path().awaitCompleted(process, "End_Refused");
        assertThat(path().elementIds(process)).containsSubsequence("Rule_PermitDecision", "decide-permit",
                "Gateway_Decision", "Task_Refuse", "End_Refused").doesNotContain("Task_Grant");
        assertThat(letterText(caseNumber, LetterKind.VERGUNNING_GEWEIGERD))
                .contains("De gebruiksoppervlakte per bewoner is 8,4 m²").contains("bezwaar")
                .contains("Voor de behandeling van uw aanvraag brengen wij € 194,70 leges in rekening");
        assertThat(register.ofLandlord(account.landlordId())).isEmpty();
    }

    @Test
    void approachingDeadlineEscalatesToTheCoordinatorAndLegalStaffMayExtendOnce() {
        TestAccounts.Created coordinator = accounts.staff(nl.verhuurtoezicht.identity.Role.COORDINATOR);
        Portal landlord = landlord(accounts.landlord());
        String caseNumber = submit(landlord, randomBagId(), ALL, "geen");
        long process = processOf(caseNumber);
        path().awaitActive(process, "decide-permit");
        LocalDate due = applications.findByCaseNumber(caseNumber).orElseThrow().decisionDue();

        clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock), due.minusWeeks(1)) + 1));

        await().atMost(TIMEOUT).until(() -> steps(caseNumber).contains(ApplicationStep.ESCALATED));
        await().atMost(TIMEOUT).until(() -> mailer.to(java.util.List.of(coordinator.username())).stream()
                .anyMatch(m -> m.subject().contains(caseNumber)));
        assertThat(path().active(process)).contains("decide-permit");
        Portal legal = legal();
        assertThat(legal.get("/juridisch/taken").body()).contains(caseNumber).contains("gemeld aan coördinator");

        assertThat(decide(legal, caseNumber, "EXTEND", null, null, "Bibob-advies nog niet ontvangen.").statusCode()).isEqualTo(302);
        await().atMost(TIMEOUT).until(() -> steps(caseNumber).contains(ApplicationStep.EXTENDED));
        path().awaitActive(process, "decide-permit");
        assertThat(applications.findByCaseNumber(caseNumber).orElseThrow().decisionDue()).isEqualTo(due.plusWeeks(4));
        assertThat(letterText(caseNumber, LetterKind.VERDAGING_BESLISTERMIJN))
                .contains("Bibob-advies nog niet ontvangen.").contains(inLetter(due.plusWeeks(4)));
        var again = decide(legal, caseNumber, "EXTEND", null, null, "Nog steeds geen advies.");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("maar één keer");

        assertThat(decide(legal, caseNumber, "GRANT", null, null, null).statusCode()).isEqualTo(302);
        awaitStatus(caseNumber, ApplicationStatus.GRANTED);
        path().awaitCompleted(process, "End_Granted");
        assertThat(path().elementIds(process)).containsSubsequence("decide-permit", "Event_EscalationDue", "Task_Escalate",
                "End_Escalated").containsSubsequence("Gateway_Decision", "Task_Extend", "decide-permit", "Gateway_Decision",
                "Task_Grant", "End_Granted");
        assertThat(letterKinds(caseNumber)).containsExactly(LetterKind.ONTVANGSTBEVESTIGING_AANVRAAG,
                LetterKind.VERDAGING_BESLISTERMIJN, LetterKind.VERGUNNING_VERLEEND);
    }

    @Test
    void permitHolderIsRemindedThreeMonthsBeforeExpiryAndThePermitExpires() {
        TestAccounts.Created account = accounts.landlord();
        Permit permit = grantedPermit(account);
        long lifecycle = lifecycleOf(permit);
        path().awaitActive(lifecycle, "Event_ReminderDue");
        assertThat(Portal.anonymous(port).get("/register/vergunningen").body()).contains(permit.permitNumber());

        clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock),
                permit.validUntil().minusMonths(3)) + 1));
        await().atMost(TIMEOUT).until(() -> register.find(permit.id()).orElseThrow().reminderSentOn() != null);
        await().atMost(TIMEOUT).until(() -> mailer.to(java.util.List.of(account.username())).stream()
                .anyMatch(m -> m.subject().contains(permit.permitNumber())));
        assertThat(register.find(permit.id()).orElseThrow().status()).isEqualTo(Permit.Status.CURRENT);

        clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(clock), permit.validUntil()) + 2));
        await().atMost(TIMEOUT).until(() -> register.find(permit.id()).orElseThrow().status() == Permit.Status.EXPIRED);
        path().awaitCompleted(lifecycle, "End_Expired");
        assertThat(path().elementIds(lifecycle)).containsExactly("Start_Granted", "Event_ReminderDue", "Task_SendReminder",
                "Event_ValidityEnded", "Task_Expire", "End_Expired");
        assertThat(Portal.anonymous(port).get("/register/vergunningen").body()).doesNotContain(permit.permitNumber());
    }

    @Test
    void revocationByEnforcementEndsThePermitAndItsLifecycle() {
        TestAccounts.Created account = accounts.landlord();
        Permit permit = grantedPermit(account);
        long lifecycle = lifecycleOf(permit);
        path().awaitActive(lifecycle, "Event_ReminderDue");
        assertThat(Portal.anonymous(port).get("/register/vergunningen").body()).contains(permit.permitNumber());

        Permit revoked = register.revoke(permit.id(), "Herhaalde ernstige overtreding van de SNF-norm.", LocalDate.now(clock));

        assertThat(revoked.status()).isEqualTo(Permit.Status.REVOKED);
        path().awaitCompleted(lifecycle, "End_Revoked");
        assertThat(path().elementIds(lifecycle)).containsSubsequence("Start_Revoked", "End_Revoked")
                .doesNotContain("Task_SendReminder", "Task_Expire");
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> register.revoke(permit.id(), "nogmaals", LocalDate.now(clock))))
                .isInstanceOf(nl.verhuurtoezicht.platform.InvalidInputException.class).hasMessageContaining("REVOKED");
        assertThat(Portal.anonymous(port).get("/register/vergunningen").body()).doesNotContain(permit.permitNumber());
    }

    private Permit grantedPermit(TestAccounts.Created account) {
        String caseNumber = submit(landlord(account), randomBagId(), ALL, "geen");
        path().awaitActive(processOf(caseNumber), "decide-permit");
        assertThat(decide(legal(), caseNumber, "GRANT", null, null, null).statusCode()).isEqualTo(302);
        Application granted = awaitStatus(caseNumber, ApplicationStatus.GRANTED);
        return register.findByApplication(granted.id()).orElseThrow();
    }

    private long lifecycleOf(Permit permit) {
        await().atMost(TIMEOUT).until(() -> lifecycleKey(permit) != null);
        return lifecycleKey(permit);
    }

    private Long lifecycleKey(Permit permit) {
        return dsl.select(nl.verhuurtoezicht.db.Tables.PERMIT.LIFECYCLE_PROCESS_KEY).from(nl.verhuurtoezicht.db.Tables.PERMIT)
                .where(nl.verhuurtoezicht.db.Tables.PERMIT.ID.eq(permit.id())).fetchOne(nl.verhuurtoezicht.db.Tables.PERMIT.LIFECYCLE_PROCESS_KEY);
    }

    private static String inLetter(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.forLanguageTag("nl")));
    }

    private static String format(LocalDate date) {
        return date.format(java.time.format.DateTimeFormatter.ofPattern("dd-MM-yyyy"));
    }
}
