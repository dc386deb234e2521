package nl.verhuurtoezicht.inspection;

import static nl.verhuurtoezicht.db.Tables.MELDPUNT_PHOTO;
import static nl.verhuurtoezicht.db.Tables.MELDPUNT_REPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseType;
import nl.verhuurtoezicht.identity.privacy.RetentionTarget;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Meldpunt data past its retention period: photos go, a closed report loses the reporter's details and words. */
class MeldpuntRetentionTest extends JourneyTestSupport {

    @Autowired
    DSLContext dsl;
    @Autowired
    List<RetentionTarget> targets;

    @Test
    void oldPhotosAreDeletedAndClosedReportsLoseTheirPersonalData() {
        OffsetDateTime longAgo = OffsetDateTime.now(clock).minusYears(3);
        long closed = report("CLOSED", longAgo);
        long open = report("RECEIVED", longAgo);
        long recent = report("CLOSED", OffsetDateTime.now(clock));
        Instant cutoff = clock.instant().minus(Duration.ofDays(365));

        assertThat(target("meldpunt-photos").purgeCreatedBefore(cutoff)).isGreaterThanOrEqualTo(2);
        assertThat(target("meldpunt-reports").purgeCreatedBefore(cutoff)).isGreaterThanOrEqualTo(1);

        assertThat(dsl.fetchCount(MELDPUNT_PHOTO, MELDPUNT_PHOTO.REPORT_ID.in(closed, open))).isZero();
        assertThat(dsl.fetchCount(MELDPUNT_PHOTO, MELDPUNT_PHOTO.REPORT_ID.eq(recent))).isEqualTo(1);
        var purged = dsl.fetchSingle(MELDPUNT_REPORT, MELDPUNT_REPORT.ID.eq(closed));
        assertThat(purged.getContactEmail()).isNull();
        assertThat(purged.getContactName()).isNull();
        assertThat(purged.getDescription()).startsWith("[verwijderd");
        assertThat(purged.getCategories()).isEqualTo("DEPOSIT");
        assertThat(dsl.fetchSingle(MELDPUNT_REPORT, MELDPUNT_REPORT.ID.eq(open)).getContactEmail())
                .as("a report still being handled keeps its contact").isEqualTo("melder@test.example");
        assertThat(dsl.fetchSingle(MELDPUNT_REPORT, MELDPUNT_REPORT.ID.eq(recent)).getDescription()).isEqualTo("Borg kwijt");
    }

    private RetentionTarget target(String name) {
        return targets.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private long report(String status, OffsetDateTime at) {
        CaseFile mp = cases.open(CaseType.COMPLAINT, null, null, null, status);
        long id = dsl.insertInto(MELDPUNT_REPORT)
                .set(MELDPUNT_REPORT.CASE_ID, mp.id())
                .set(MELDPUNT_REPORT.STATUS_TOKEN_HASH, "retention-" + mp.id())
                .set(MELDPUNT_REPORT.ADDRESS_TEXT, "Oudestraat 1")
                .set(MELDPUNT_REPORT.CATEGORIES, "DEPOSIT")
                .set(MELDPUNT_REPORT.DESCRIPTION, "Borg kwijt")
                .set(MELDPUNT_REPORT.CONTACT_NAME, "M. Melder")
                .set(MELDPUNT_REPORT.CONTACT_EMAIL, "melder@test.example")
                .set(MELDPUNT_REPORT.LANGUAGE, "nl")
                .set(MELDPUNT_REPORT.HANDHAVINGSVERZOEK, false)
                .set(MELDPUNT_REPORT.STATUS, status)
                .set(MELDPUNT_REPORT.SUBMITTED_AT, at)
                .set(MELDPUNT_REPORT.SENDER_HASH, "test")
                .returning(MELDPUNT_REPORT.ID).fetchOne(MELDPUNT_REPORT.ID);
        dsl.insertInto(MELDPUNT_PHOTO).set(MELDPUNT_PHOTO.REPORT_ID, id).set(MELDPUNT_PHOTO.CONTENT_TYPE, "image/png")
                .set(MELDPUNT_PHOTO.CONTENT, InspectionInputTest.PNG).set(MELDPUNT_PHOTO.UPLOADED_AT, at).execute();
        return id;
    }
}
