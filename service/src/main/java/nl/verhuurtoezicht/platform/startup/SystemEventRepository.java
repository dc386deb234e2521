package nl.verhuurtoezicht.platform.startup;

import static nl.verhuurtoezicht.db.Tables.SYSTEM_EVENT;

import java.time.OffsetDateTime;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Append-only log of start-ups and shut-downs. */
@Repository
public class SystemEventRepository {

    public record SystemEvent(long id, OffsetDateTime occurredAt, String kind, String detail) {
    }

    private final DSLContext dsl;

    SystemEventRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public long record(String kind, String detail) {
        return dsl.insertInto(SYSTEM_EVENT, SYSTEM_EVENT.KIND, SYSTEM_EVENT.DETAIL)
                .values(kind, detail)
                .returning(SYSTEM_EVENT.ID)
                .fetchOne(SYSTEM_EVENT.ID);
    }

    public List<SystemEvent> latest(int limit) {
        return dsl.select(SYSTEM_EVENT.ID, SYSTEM_EVENT.OCCURRED_AT, SYSTEM_EVENT.KIND, SYSTEM_EVENT.DETAIL)
                .from(SYSTEM_EVENT)
                .orderBy(SYSTEM_EVENT.ID.desc())
                .limit(limit)
                .fetch(r -> new SystemEvent(r.value1(), r.value2(), r.value3(), r.value4()));
    }
}
