package nl.verhuurtoezicht.inspection;

import java.time.Instant;
import java.time.ZoneOffset;
import nl.verhuurtoezicht.identity.privacy.RetentionTarget;
import org.jooq.DSLContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Inspection photos kept no longer than the case file needs them (AVG art. 5(1)(e)): they show people's rooms. They
 * go once the TZ case and every case that grew out of it (enforcement, objection, takeover, a re-inspection) has been
 * closed for the term {@code verhuurtoezicht.privacy.retention.inspection-photos}. The report letter, findings and
 * facts stay.
 */
@Configuration(proxyBeanMethods = false)
class InspectionPhotoRetention {

    static final String NAME = "inspection-photos";

    /** Each TZ case with all its descendants; a family counts as closed when every member closed before the cutoff. */
    private static final String DELETE_PHOTOS_OF_CLOSED_FAMILIES = """
            with recursive family(root_id, case_id) as (
                select id, id from case_file where case_type = 'INSPECTION'
                union all
                select f.root_id, c.id from case_file c join family f on c.parent_case_id = f.case_id
            ), closed_before_cutoff(root_id) as (
                select f.root_id from family f join case_file c on c.id = f.case_id
                group by f.root_id
                having bool_and(c.closed_at is not null and c.closed_at < cast(? as timestamp with time zone))
            )
            delete from inspection_photo p
            using inspection i, closed_before_cutoff closed
            where p.inspection_id = i.id and i.case_id = closed.root_id
            """;

    @Bean
    RetentionTarget inspectionPhotoRetentionTarget(DSLContext dsl) {
        return new RetentionTarget() {
            @Override
            public String name() {
                return NAME;
            }

            /** Here the cutoff applies to the day the case family closed, not to the day the photo was taken. */
            @Override
            public int purgeCreatedBefore(Instant cutoff) {
                return dsl.execute(DELETE_PHOTOS_OF_CLOSED_FAMILIES, cutoff.atOffset(ZoneOffset.UTC));
            }
        };
    }
}
