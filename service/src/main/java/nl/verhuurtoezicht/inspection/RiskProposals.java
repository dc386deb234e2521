package nl.verhuurtoezicht.inspection;

import static nl.verhuurtoezicht.db.Tables.ADDRESS;
import static nl.verhuurtoezicht.db.Tables.INSPECTION;
import static nl.verhuurtoezicht.db.Tables.MELDPUNT_REPORT;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import nl.verhuurtoezicht.permit.PermitEnd;
import nl.verhuurtoezicht.permit.PermitRegister;
import nl.verhuurtoezicht.property.PropertyRegister;
import nl.verhuurtoezicht.rules.FactsJson;
import nl.verhuurtoezicht.rules.InspectionFacts;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

/**
 * Proposes addresses for risk-based inspection (the Pandbrigade model: go where the problems are), each with the
 * reasons that put it on the list: earlier verdicts, more occupants than the BRP knows, repeated meldpunt reports, and
 * a permit that expired or was revoked while the address is still registered as let. Addresses with an inspection in
 * progress are left out.
 */
@Component
class RiskProposals {

    /** An address worth a visit and why, as message keys with their arguments. */
    record Proposal(long addressId, String address, List<Reason> reasons) {
    }

    record Reason(String messageKey, List<Object> arguments) {

        Reason(String messageKey, Object... arguments) {
            this(messageKey, List.of(arguments));
        }
    }

    private static final Set<String> FINISHED = Set.of("REPORTED", "CLOSED_NO_ACCESS");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final DSLContext dsl;
    private final InspectionProperties properties;
    private final PermitRegister permits;
    private final PropertyRegister property;
    private final Clock clock;

    RiskProposals(DSLContext dsl, InspectionProperties properties, PermitRegister permits, PropertyRegister property,
                  Clock clock) {
        this.dsl = dsl;
        this.properties = properties;
        this.permits = permits;
        this.property = property;
        this.clock = clock;
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
        LocalDate today = LocalDate.now(clock);
        for (long addressId : permits.addressesWithEndedPermit()) {
            permitLapse(addressId, today).ifPresent(reason -> reasons.computeIfAbsent(addressId, k -> new ArrayList<>()).add(reason));
        }
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

    /**
     * Why an address that is still registered as let, without a current permit, needs a visit: the most recent end of
     * its permit (expiry, revocation, or a refused new application). Letting without a permit is a violation and, after
     * a revocation or refusal, a ground for beheerovername.
     */
    private Optional<Reason> permitLapse(long addressId, LocalDate today) {
        if (property.address(addressId).map(a -> a.landlordId() == null).orElse(true)) {
            return Optional.empty();
        }
        return Stream.of(permits.expiredBefore(addressId, today), permits.withdrawnBefore(addressId, today))
                .flatMap(Optional::stream).max(Comparator.comparing(PermitEnd::on))
                .map(end -> new Reason(switch (end.kind()) {
                    case EXPIRED -> "inspection.risk.permitExpired";
                    case REVOKED -> "inspection.risk.permitRevoked";
                    case REFUSED -> "inspection.risk.permitRefused";
                }, end.reference(), DAY.format(end.on())));
    }
}
