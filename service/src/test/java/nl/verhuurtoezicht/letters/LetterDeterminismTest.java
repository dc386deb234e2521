package nl.verhuurtoezicht.letters;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/**
 * Same data and clock give the same bytes; the text of the fine decision matches a reviewed golden
 * file (src/test/resources/letters/golden). When wording changes on purpose, review
 * target/letter-samples/besluit-bestuurlijke-boete.golden.txt and copy it over the golden file.
 */
class LetterDeterminismTest {

    private static final String GOLDEN = "/letters/golden/besluit-bestuurlijke-boete.txt";

    @Test
    void sameDataAndClockGiveIdenticalBytes() {
        LetterData data = LetterFixtures.data(LetterKind.BESLUIT_BESTUURLIJKE_BOETE);
        RenderedLetter first = new LetterRenderer(LetterFixtures.nijmegen(), LetterFixtures.CLOCK)
                .render(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, data, "Z-2026-0147-4");
        RenderedLetter second = new LetterRenderer(LetterFixtures.nijmegen(), LetterFixtures.CLOCK)
                .render(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, data, "Z-2026-0147-4");

        assertThat(second.pdf()).isEqualTo(first.pdf());
        assertThat(second.sha256()).isEqualTo(first.sha256());
    }

    @Test
    void anotherClockChangesTheMetadataButNotTheText() {
        LetterData data = LetterFixtures.data(LetterKind.BESLUIT_BESTUURLIJKE_BOETE);
        Clock later = Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        RenderedLetter now = new LetterRenderer(LetterFixtures.nijmegen(), LetterFixtures.CLOCK)
                .render(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, data, "Z-2026-0147-4");
        RenderedLetter tomorrow = new LetterRenderer(LetterFixtures.nijmegen(), later)
                .render(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, data, "Z-2026-0147-4");

        assertThat(tomorrow.sha256()).isNotEqualTo(now.sha256());
        assertThat(Pdfs.text(tomorrow.pdf())).isEqualTo(Pdfs.text(now.pdf()));
    }

    @Test
    void fineDecisionTextMatchesTheReviewedGoldenFile() throws IOException {
        String actual = Pdfs.text(new LetterRenderer(LetterFixtures.nijmegen(), LetterFixtures.CLOCK)
                .render(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, LetterFixtures.data(LetterKind.BESLUIT_BESTUURLIJKE_BOETE),
                        "Z-2026-0147-4").pdf());
        Files.createDirectories(Pdfs.SAMPLES);
        Files.writeString(Pdfs.SAMPLES.resolve("besluit-bestuurlijke-boete.golden.txt"), actual);

        try (InputStream golden = getClass().getResourceAsStream(GOLDEN)) {
            assertThat(golden).as("golden file %s", GOLDEN).isNotNull();
            assertThat(actual).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
