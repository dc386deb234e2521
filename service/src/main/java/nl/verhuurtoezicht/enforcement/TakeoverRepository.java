package nl.verhuurtoezicht.enforcement;

import static nl.verhuurtoezicht.db.Tables.TAKEOVER;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import nl.verhuurtoezicht.letters.LetterLanguage;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Takeover (beheerovername) records: who manages the property, from when, and what the management covers. */
@Repository
class TakeoverRepository {

    record Takeover(long enforcementCaseId, String manager, String managerContact, LocalDate startDate, String scope,
                    String zienswijzeReply, Set<LetterLanguage> tenantLanguages, String decidedBy, LocalDate decidedOn) {
    }

    private final DSLContext dsl;

    TakeoverRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    void insert(Takeover t) {
        dsl.insertInto(TAKEOVER).set(TAKEOVER.ENFORCEMENT_CASE_ID, t.enforcementCaseId()).set(TAKEOVER.MANAGER, t.manager())
                .set(TAKEOVER.MANAGER_CONTACT, t.managerContact())
                .set(TAKEOVER.TENANT_LANGUAGES, t.tenantLanguages().stream().map(Enum::name).sorted()
                        .collect(Collectors.joining(",")))
                .set(TAKEOVER.START_DATE, t.startDate()).set(TAKEOVER.SCOPE, t.scope())
                .set(TAKEOVER.ZIENSWIJZE_REPLY, t.zienswijzeReply()).set(TAKEOVER.DECIDED_BY, t.decidedBy())
                .set(TAKEOVER.DECIDED_ON, t.decidedOn())
                .onConflict(TAKEOVER.ENFORCEMENT_CASE_ID).doNothing().execute();
    }

    Optional<Takeover> ofCase(long enforcementCaseId) {
        return dsl.selectFrom(TAKEOVER).where(TAKEOVER.ENFORCEMENT_CASE_ID.eq(enforcementCaseId))
                .fetchOptional(r -> new Takeover(r.getEnforcementCaseId(), r.getManager(), r.getManagerContact(),
                        r.getStartDate(), r.getScope(), r.getZienswijzeReply(), languages(r.getTenantLanguages()),
                        r.getDecidedBy(), r.getDecidedOn()));
    }

    private static Set<LetterLanguage> languages(String csv) {
        Set<LetterLanguage> languages = EnumSet.noneOf(LetterLanguage.class);
        Arrays.stream(csv.split(",")).map(String::strip).filter(x -> !x.isEmpty()).map(LetterLanguage::valueOf)
                .forEach(languages::add);
        return languages;
    }
}
