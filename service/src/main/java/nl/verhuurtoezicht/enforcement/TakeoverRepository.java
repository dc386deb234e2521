package nl.verhuurtoezicht.enforcement;

import static nl.verhuurtoezicht.db.Tables.TAKEOVER;

import java.time.LocalDate;
import java.util.Optional;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Takeover (beheerovername) records: who manages the property, from when, and what the management covers. */
@Repository
class TakeoverRepository {

    record Takeover(long enforcementCaseId, String manager, LocalDate startDate, String scope, String zienswijzeReply,
                    String decidedBy, LocalDate decidedOn) {
    }

    private final DSLContext dsl;

    TakeoverRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(Takeover t) {
        dsl.insertInto(TAKEOVER).set(TAKEOVER.ENFORCEMENT_CASE_ID, t.enforcementCaseId()).set(TAKEOVER.MANAGER, t.manager())
                .set(TAKEOVER.START_DATE, t.startDate()).set(TAKEOVER.SCOPE, t.scope())
                .set(TAKEOVER.ZIENSWIJZE_REPLY, t.zienswijzeReply()).set(TAKEOVER.DECIDED_BY, t.decidedBy())
                .set(TAKEOVER.DECIDED_ON, t.decidedOn())
                .onConflict(TAKEOVER.ENFORCEMENT_CASE_ID).doNothing().execute();
    }

    Optional<Takeover> ofCase(long enforcementCaseId) {
        return dsl.selectFrom(TAKEOVER).where(TAKEOVER.ENFORCEMENT_CASE_ID.eq(enforcementCaseId))
                .fetchOptional(r -> new Takeover(r.getEnforcementCaseId(), r.getManager(), r.getStartDate(), r.getScope(),
                        r.getZienswijzeReply(), r.getDecidedBy(), r.getDecidedOn()));
    }
}
