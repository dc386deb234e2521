package nl.verhuurtoezicht.permit;

import static nl.verhuurtoezicht.db.Tables.PERMIT;

import java.time.Clock;
import java.time.OffsetDateTime;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Starts one permit-lifecycle instance per permit: remind before expiry, expire at the end of the validity, end early
 * on revocation. The instance key is stored, so a repeated grant job does not start a second one.
 */
@Component
class PermitLifecycleStarter {

    private final DSLContext dsl;
    private final PermitProcesses processes;
    private final PermitProperties properties;
    private final Clock clock;

    PermitLifecycleStarter(DSLContext dsl, PermitProcesses processes, PermitProperties properties, Clock clock) {
        this.dsl = dsl;
        this.processes = processes;
        this.properties = properties;
        this.clock = clock;
    }

    void startOnce(Permit permit) {
        Long existing = dsl.select(PERMIT.LIFECYCLE_PROCESS_KEY).from(PERMIT).where(PERMIT.ID.eq(permit.id()))
                .fetchOne(PERMIT.LIFECYCLE_PROCESS_KEY);
        if (existing != null) {
            return;
        }
        OffsetDateTime expiresAt = permit.validUntil().plusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        OffsetDateTime reminderAt = permit.validUntil().minus(properties.reminderBefore()).atStartOfDay(clock.getZone())
                .toOffsetDateTime();
        long key = processes.startLifecycle(permit.id(), reminderAt, expiresAt);
        dsl.update(PERMIT).set(PERMIT.LIFECYCLE_PROCESS_KEY, key).where(PERMIT.ID.eq(permit.id())).execute();
    }
}
