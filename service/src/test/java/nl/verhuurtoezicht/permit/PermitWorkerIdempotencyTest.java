package nl.verhuurtoezicht.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import nl.verhuurtoezicht.letters.LetterKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A job delivered again (same job key), even five times at once, gives one step, one letter, one state change. */
class PermitWorkerIdempotencyTest extends PermitJourneyFixture {

    @Autowired
    ApplicationSteps workerSteps;

    @Test
    void aSupplementRequestDeliveredFiveTimesAtOnceSendsOneLetter() throws Exception {
        String caseNumber = submit(landlord(accounts.landlord()), randomBagId(), Set.of(), "geen");
        Application application = awaitStatus(caseNumber, ApplicationStatus.INCOMPLETE);
        int lettersBefore = letters.lettersOfCase(caseNumber).size();
        long requestsBefore = steps(caseNumber).stream().filter(s -> s == ApplicationStep.SUPPLEMENT_REQUESTED).count();

        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Future<?>> runs = IntStream.range(0, 5)
                    .<Future<?>>mapToObj(i -> pool.submit(() -> workerSteps.requestSupplement(application.id(), "redelivered-job")))
                    .toList();
            for (Future<?> run : runs) {
                run.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(letters.lettersOfCase(caseNumber)).hasSize(lettersBefore + 1);
        assertThat(letterKinds(caseNumber).stream().filter(k -> k == LetterKind.VERZOEK_OM_AANVULLING)).hasSize(2);
        assertThat(steps(caseNumber).stream().filter(s -> s == ApplicationStep.SUPPLEMENT_REQUESTED)).hasSize((int) requestsBefore + 1);
    }

    @Test
    void aGrantDeliveredTwiceRegistersOnePermitAndSendsOneLetter() {
        String caseNumber = submit(landlord(accounts.landlord()), randomBagId(), PermitApplicationJourneyTest.ALL, "geen");
        path().awaitActive(processOf(caseNumber), "decide-permit");
        assertThat(decide(legal(), caseNumber, "GRANT", null, null, null).statusCode()).isEqualTo(302);
        Application granted = awaitStatus(caseNumber, ApplicationStatus.GRANTED);

        Permit first = workerSteps.grant(granted.id(), "redelivered-grant");
        List<LetterKind> lettersAfterFirstDelivery = letterKinds(caseNumber);
        List<ApplicationStep> stepsAfterFirstDelivery = steps(caseNumber);
        Permit second = workerSteps.grant(granted.id(), "redelivered-grant");

        assertThat(second.id()).isEqualTo(first.id());
        assertThat(register.ofLandlord(granted.landlordId())).hasSize(1);
        assertThat(letterKinds(caseNumber)).isEqualTo(lettersAfterFirstDelivery);
        assertThat(steps(caseNumber)).isEqualTo(stepsAfterFirstDelivery);
    }
}
