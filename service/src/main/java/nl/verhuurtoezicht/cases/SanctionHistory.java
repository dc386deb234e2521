package nl.verhuurtoezicht.cases;

import static nl.verhuurtoezicht.db.Tables.SANCTION;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The sanctions a landlord has had. Windows (4 years for recidive, 8 years for the permit application statement)
 * are configuration of the features that ask; this class only counts within the dates it is given.
 */
@Repository
public class SanctionHistory {

    public enum Kind { WARNING, DWANGSOM, FINE, REVOCATION, TAKEOVER }

    public record Sanction(long id, long caseId, long landlordId, Long addressId, Kind kind, LocalDate violationDate,
                           LocalDate decidedOn, BigDecimal amountEur, LocalDate annulledOn) {
    }

    private final DSLContext dsl;

    SanctionHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Transactional
    public long record(long caseId, long landlordId, Long addressId, Kind kind, LocalDate violationDate,
                       LocalDate decidedOn, BigDecimal amountEur) {
        return dsl.insertInto(SANCTION)
                .set(SANCTION.CASE_ID, caseId)
                .set(SANCTION.LANDLORD_ID, landlordId)
                .set(SANCTION.ADDRESS_ID, addressId)
                .set(SANCTION.KIND, kind.name())
                .set(SANCTION.VIOLATION_DATE, violationDate)
                .set(SANCTION.DECIDED_ON, decidedOn)
                .set(SANCTION.AMOUNT_EUR, amountEur)
                .returning(SANCTION.ID)
                .fetchOne(SANCTION.ID);
    }

    @Transactional
    public void annul(long sanctionId, LocalDate annulledOn) {
        dsl.update(SANCTION).set(SANCTION.ANNULLED_ON, annulledOn).where(SANCTION.ID.eq(sanctionId)).execute();
    }

    /** Sanctions of this kind decided in {@code [from, to]} (inclusive) that were not annulled. */
    public int count(long landlordId, Kind kind, LocalDate from, LocalDate to) {
        return dsl.fetchCount(SANCTION, SANCTION.LANDLORD_ID.eq(landlordId)
                .and(SANCTION.KIND.eq(kind.name()))
                .and(SANCTION.DECIDED_ON.between(from, to))
                .and(SANCTION.ANNULLED_ON.isNull()));
    }

    public List<Sanction> of(long landlordId) {
        return dsl.selectFrom(SANCTION).where(SANCTION.LANDLORD_ID.eq(landlordId)).orderBy(SANCTION.DECIDED_ON.desc())
                .fetch(r -> new Sanction(r.getId(), r.getCaseId(), r.getLandlordId(), r.getAddressId(),
                        Kind.valueOf(r.getKind()), r.getViolationDate(), r.getDecidedOn(), r.getAmountEur(),
                        r.getAnnulledOn()));
    }
}
