package nl.verhuurtoezicht.inspection;

import static nl.verhuurtoezicht.db.Tables.INSPECTION_PHOTO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Period;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseType;
import nl.verhuurtoezicht.identity.privacy.PrivacyProperties;
import nl.verhuurtoezicht.identity.privacy.RetentionSweeper;
import nl.verhuurtoezicht.property.Address;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Inspection photos go once the TZ case and every case that grew out of it have been closed for the configured term;
 * the daily retention sweep does it. Time is moved with the clock that service and engine share.
 */
class InspectionPhotoRetentionTest extends JourneyTestSupport {

    private static final AtomicLong FAKE_PROCESS = new AtomicLong(-System.nanoTime());
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};

    @Autowired
    DSLContext dsl;
    @Autowired
    RetentionSweeper sweeper;
    @Autowired
    PrivacyProperties privacy;

    @Test
    void photosOfAClosedCaseFamilyAreDeletedAfterTheTermAndNoSooner() {
        Period term = privacy.retention().get(InspectionPhotoRetention.NAME);
        assertThat(term).as("configured in application.yml").isEqualTo(Period.ofYears(2));
        long closedAlone = inspectionWithPhoto(true);
        long closedWithOpenEnforcement = inspectionWithPhoto(true);
        CaseFile enforcement = cases.open(CaseType.ENFORCEMENT, null, null, caseOf(closedWithOpenEnforcement), "OPEN");
        long stillOpen = inspectionWithPhoto(false);

        sweeper.sweep();
        assertThat(photos(closedAlone)).as("closed today: the term has not passed").isEqualTo(1);

        clock.advance(Duration.ofDays(365 * 2 - 2));
        sweeper.sweep();
        assertThat(photos(closedAlone)).as("one day before the term ends").isEqualTo(1);

        clock.advance(Duration.ofDays(7));
        Map<String, Integer> removed = sweeper.sweep();
        assertThat(removed.get(InspectionPhotoRetention.NAME)).isGreaterThanOrEqualTo(1);
        assertThat(photos(closedAlone)).isZero();
        assertThat(photos(closedWithOpenEnforcement)).as("the enforcement case that grew out of it is still open").isEqualTo(1);
        assertThat(photos(stillOpen)).isEqualTo(1);

        cases.close(enforcement.id(), "GEEN_BOETE");
        sweeper.sweep();
        assertThat(photos(closedWithOpenEnforcement)).as("the term counts from the last closing in the family").isEqualTo(1);
        clock.advance(Duration.ofDays(365 * 2 + 5));
        sweeper.sweep();
        assertThat(photos(closedWithOpenEnforcement)).isZero();
        assertThat(photos(stillOpen)).isEqualTo(1);
    }

    private long inspectionWithPhoto(boolean closed) {
        Address address = fixtures.letAddress();
        CaseFile tz = cases.open(CaseType.INSPECTION, address.landlordId(), address.id(), null, "TO_SCHEDULE");
        long id = inspections.open(tz.id(), null, address.id(), InspectionReason.RISK_BASED, FAKE_PROCESS.decrementAndGet());
        inspections.addPhoto(id, "room.1", "image/png", PNG);
        if (closed) {
            cases.close(tz.id(), "REPORTED_COMPLIANT");
        }
        return id;
    }

    private long caseOf(long inspectionId) {
        return inspections.find(inspectionId).orElseThrow().caseId();
    }

    private int photos(long inspectionId) {
        return dsl.fetchCount(INSPECTION_PHOTO, INSPECTION_PHOTO.INSPECTION_ID.eq(inspectionId));
    }
}
