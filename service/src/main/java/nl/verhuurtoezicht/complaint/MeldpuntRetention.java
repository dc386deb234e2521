package nl.verhuurtoezicht.complaint;

import static nl.verhuurtoezicht.db.Tables.MELDPUNT_PHOTO;
import static nl.verhuurtoezicht.db.Tables.MELDPUNT_REPORT;

import java.time.Instant;
import java.time.ZoneOffset;
import nl.verhuurtoezicht.identity.privacy.RetentionTarget;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Meldpunt data kept no longer than needed (AVG art. 5(1)(e)): photos are deleted, and a closed report loses the
 * reporter's contact details and own words; the case number, address and categories stay for the case file.
 */
@Configuration(proxyBeanMethods = false)
class MeldpuntRetention {

    static final String REMOVED = "[verwijderd na afloop van de bewaartermijn]";

    @Bean
    RetentionTarget meldpuntReportRetention(DSLContext dsl) {
        return new RetentionTarget() {
            @Override
            public String name() {
                return "meldpunt-reports";
            }

            @Override
            public int purgeCreatedBefore(Instant cutoff) {
                return dsl.update(MELDPUNT_REPORT)
                        .setNull(MELDPUNT_REPORT.CONTACT_NAME)
                        .setNull(MELDPUNT_REPORT.CONTACT_EMAIL)
                        .setNull(MELDPUNT_REPORT.CONTACT_PHONE)
                        .set(MELDPUNT_REPORT.DESCRIPTION, REMOVED)
                        .where(MELDPUNT_REPORT.SUBMITTED_AT.lt(cutoff.atOffset(ZoneOffset.UTC))
                                .and(MELDPUNT_REPORT.STATUS.eq("CLOSED"))
                                .and(MELDPUNT_REPORT.DESCRIPTION.ne(REMOVED)))
                        .execute();
            }
        };
    }

    @Bean
    RetentionTarget meldpuntPhotoRetention(DSLContext dsl) {
        return new RetentionTarget() {
            @Override
            public String name() {
                return "meldpunt-photos";
            }

            @Override
            public int purgeCreatedBefore(Instant cutoff) {
                return dsl.deleteFrom(MELDPUNT_PHOTO).where(MELDPUNT_PHOTO.UPLOADED_AT.lt(cutoff.atOffset(ZoneOffset.UTC))).execute();
            }
        };
    }
}
