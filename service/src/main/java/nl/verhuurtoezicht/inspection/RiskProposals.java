package nl.verhuurtoezicht.inspection;

import static nl.verhuurtoezicht.db.Tables.ADDRESS;
import static nl.verhuurtoezicht.db.Tables.INSPECTION;
import static nl.verhuurtoezicht.db.Tables.MELDPUNT_REPORT;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.verhuurtoezicht.rules.FactsJson;
import nl.verhuurtoezicht.rules.InspectionFacts;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Proposes addresses for risk-based inspection (the Pandbrigade model: go where the problems are), each with the
 * reasons that put it on the list. Addresses with an inspection in progress are left out.
 */
@Component
class RiskProposals {

    /** An address worth a visit and why, as message keys with one argument each. */
    record Proposal(long addressId, String address, List<Reason> reasons) {
    }

    record Reason(String messageKey, Object argument) {
    }

    private static final Set<String> FINISHED = Set.of("REPORTED", "CLOSED_NO_ACCESS");

    private final DSLContext dsl;
    private final InspectionProperties properties;

    RiskProposals(DSLContext dsl, InspectionProperties properties) {
        this.dsl = dsl;
        this.properties = properties;
    }

    List<Proposal> proposals() {
        Map<Long, List<Reason>> reasons = new LinkedHashMap<>();
        dsl.select(INSPECTION.ADDRESS_ID, INSPECTION.VERDICT, INSPECTION.FACTS_JSON).from(INSPECTION)
                .where(INSPECTION.VERDICT.isNotNull())
                .orderBy(INSPECTION.ID)
                .forEach(r -> {
                    String verdict = r.value2();
                    if (!"COMPLIANT".equals(verdict)) {
                        reasons.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                                .add(new Reason("inspection.risk.earlierVerdict", verdict));
                    }
                    if (r.value3() != null) {
                        InspectionFacts facts = FactsJson.parse(r.value3());
                        Integer present = facts.occupants().present();
                        Integer registered = facts.occupants().registeredBrp();
                        if (present != null && registered != null && registered < present) {
                            reasons.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                                    .add(new Reason("inspection.risk.brpMismatch", present - registered));
                        }
                    }
                });
        dsl.select(MELDPUNT_REPORT.ADDRESS_ID, org.jooq.impl.DSL.count()).from(MELDPUNT_REPORT)
                .where(MELDPUNT_REPORT.ADDRESS_ID.isNotNull())
                .groupBy(MELDPUNT_REPORT.ADDRESS_ID)
                .having(org.jooq.impl.DSL.count().ge(properties.repeatedReports()))
                .forEach(r -> reasons.computeIfAbsent(r.value1(), k -> new ArrayList<>())
                        .add(new Reason("inspection.risk.repeatedReports", r.value2())));
        Set<Long> inProgress = Set.copyOf(dsl.select(INSPECTION.ADDRESS_ID).from(INSPECTION)
                .where(INSPECTION.STATUS.notIn(FINISHED)).fetch(INSPECTION.ADDRESS_ID));
        List<Proposal> proposals = new ArrayList<>();
        reasons.forEach((addressId, why) -> {
            if (!inProgress.contains(addressId)) {
                dsl.selectFrom(ADDRESS).where(ADDRESS.ID.eq(addressId)).fetchOptional().ifPresent(a -> proposals.add(
                        new Proposal(addressId, a.getStreet() + " " + a.getHouseNumber()
                                + (a.getHouseNumberAddition() == null ? "" : " " + a.getHouseNumberAddition()) + ", " + a.getCity(),
                                List.copyOf(why))));
            }
        });
        return proposals;
    }
}
