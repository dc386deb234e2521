package nl.verhuurtoezicht.letters;

import static nl.verhuurtoezicht.db.Tables.LETTER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import nl.verhuurtoezicht.support.ServiceTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The archive against the service's embedded PostgreSQL, through the public LetterService. */
@ServiceTest
class LetterArchiveTest {

    @Autowired
    LetterService letters;

    @Autowired
    DSLContext dsl;

    private static LetterData fineDecision(String caseReference) {
        LetterData sample = LetterFixtures.data(LetterKind.BESLUIT_BESTUURLIJKE_BOETE);
        return new LetterData(sample.addressee(), caseReference, sample.date(), sample.language(), sample.values());
    }

    private static String newCase() {
        return "Z-T-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void issuedLetterIsArchivedWithKenmerkChecksumAndBytes() {
        String caseReference = newCase();
        StoredLetter letter = letters.issue(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, fineDecision(caseReference), "job-1");

        StoredLetter stored = letters.find(letter.id()).orElseThrow();
        assertThat(stored.kenmerk()).isEqualTo(caseReference + "-1");
        assertThat(stored.kind()).isEqualTo(LetterKind.BESLUIT_BESTUURLIJKE_BOETE);
        assertThat(stored.caseReference()).isEqualTo(caseReference);
        assertThat(stored.sha256()).isEqualTo(LetterRenderer.sha256(stored.pdf())).hasSize(64);
        assertThat(stored.pdf()).isEqualTo(letter.pdf());
        assertThat(Pdfs.flatText(stored.pdf())).contains("Kenmerk " + caseReference + "-1", "€ 25.750,00");
    }

    @Test
    void sameJobTwiceGivesOneLetterAndAnotherJobTheNextNumber() {
        String caseReference = newCase();
        StoredLetter first = letters.issue(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, fineDecision(caseReference), "job-7");
        StoredLetter again = letters.issue(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, fineDecision(caseReference), "job-7");
        StoredLetter other = letters.issue(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, fineDecision(caseReference), "job-8");

        assertThat(again.id()).isEqualTo(first.id());
        assertThat(other.kenmerk()).isEqualTo(caseReference + "-2");
        assertThat(letters.lettersOfCase(caseReference)).extracting(StoredLetter::kenmerk)
                .containsExactly(caseReference + "-1", caseReference + "-2");
    }

    @Test
    void fiveConcurrentDeliveriesOfOneJobStoreOneLetter() throws Exception {
        String caseReference = newCase();
        ExecutorService pool = Executors.newFixedThreadPool(5);
        try {
            List<Callable<UUID>> deliveries = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                deliveries.add(() -> letters.issue(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, fineDecision(caseReference), "job-42").id());
            }
            Set<UUID> ids = pool.invokeAll(deliveries).stream().map(LetterArchiveTest::get).collect(Collectors.toSet());
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(dsl.fetchCount(LETTER, LETTER.CASE_REFERENCE.eq(caseReference))).isEqualTo(1);
    }

    @Test
    void archivedLettersCannotBeChangedOrDeleted() {
        String caseReference = newCase();
        StoredLetter letter = letters.issue(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, fineDecision(caseReference), "job-1");

        assertThatThrownBy(() -> dsl.update(LETTER).set(LETTER.CONTENT, new byte[] {1}).where(LETTER.ID.eq(letter.id())).execute())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> dsl.deleteFrom(LETTER).where(LETTER.ID.eq(letter.id())).execute())
                .hasMessageContaining("append-only");
        assertThat(letters.find(letter.id()).orElseThrow().sha256()).isEqualTo(letter.sha256());
    }

    @Test
    void correctionIsANewLetterThatNamesTheOldOne() {
        String caseReference = newCase();
        StoredLetter wrong = letters.issue(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, fineDecision(caseReference), "job-1");
        Map<String, Object> values = new HashMap<>(fineDecision(caseReference).values());
        values.put("betalingskenmerk", "2026-0147-BB2");
        LetterData fixed = new LetterData(LetterFixtures.LANDLORD, caseReference, LetterFixtures.DATE, LetterLanguage.NL, values);

        StoredLetter corrected = letters.correct(wrong.id(), fixed, "job-1-correction");

        assertThat(corrected.id()).isNotEqualTo(wrong.id());
        assertThat(corrected.replacesLetterId()).isEqualTo(wrong.id());
        assertThat(corrected.kenmerk()).isEqualTo(caseReference + "-2");
        assertThat(Pdfs.flatText(corrected.pdf())).contains("Deze brief vervangt onze brief met kenmerk " + caseReference
                + "-1 van 23 november 2026", "2026-0147-BB2");
        assertThat(letters.find(wrong.id()).orElseThrow().pdf()).isEqualTo(wrong.pdf());
    }

    @Test
    void letterWithAHoleIsRefusedAndNothingIsStored() {
        String caseReference = newCase();
        Map<String, Object> values = new HashMap<>(fineDecision(caseReference).values());
        values.remove("boetebedrag");
        LetterData incomplete = new LetterData(LetterFixtures.LANDLORD, caseReference, LetterFixtures.DATE, LetterLanguage.NL, values);

        assertThatThrownBy(() -> letters.issue(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, incomplete, "job-1"))
                .isInstanceOf(MissingLetterValueException.class)
                .hasMessageContaining("{{boetebedrag}}");
        assertThat(letters.lettersOfCase(caseReference)).isEmpty();
    }

    @Test
    void previewShowsTheLetterWithAConceptKenmerkAndStoresNothing() {
        String caseReference = newCase();
        RenderedLetter preview = letters.preview(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, fineDecision(caseReference));

        assertThat(Pdfs.flatText(preview.pdf())).contains("Kenmerk " + caseReference + "-concept", "€ 25.750,00");
        assertThat(letters.lettersOfCase(caseReference)).isEmpty();
    }

    private static UUID get(Future<UUID> future) {
        try {
            return future.get();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
