package nl.verhuurtoezicht.inspection;

import static nl.verhuurtoezicht.db.Tables.PERMIT;
import static nl.verhuurtoezicht.db.Tables.PERMIT_ADDRESS;
import static nl.verhuurtoezicht.db.Tables.PERMIT_APPLICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseType;
import nl.verhuurtoezicht.permit.PermitRegister;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.BagId;
import nl.verhuurtoezicht.property.HousingType;
import nl.verhuurtoezicht.property.Postcode;
import nl.verhuurtoezicht.property.PropertyRegister;
import nl.verhuurtoezicht.support.JourneyClient;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Risk-based planning proposes an address whose permit expired or was revoked while it is still registered as let,
 * with that reason; not one with a current permit again, nor one nobody lets any more.
 */
class RiskFromEndedPermitsTest extends JourneyTestSupport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    DSLContext dsl;
    @Autowired
    PermitRegister permits;
    @Autowired
    PropertyRegister property;

    @Test
    void addressesStillLetAfterTheirPermitExpiredOrWasRevokedAreProposedWithTheReason() {
        LocalDate today = LocalDate.now(clock);
        Address expired = fixtures.letAddress();
        String expiredNumber = permit(expired, "EXPIRED", today.minusDays(10));
        Address revoked = fixtures.letAddress();
        long revokedPermit = permitId(permit(revoked, "CURRENT", today.plusYears(3)));
        permits.revoke(revokedPermit, "Beheerovername na herhaalde overtredingen", today.minusDays(1));
        String revokedNumber = dsl.select(PERMIT.PERMIT_NUMBER).from(PERMIT).where(PERMIT.ID.eq(revokedPermit)).fetchSingle().value1();
        Address renewed = fixtures.letAddress();
        permit(renewed, "EXPIRED", today.minusYears(1));
        permit(renewed, "CURRENT", today.plusYears(4));
        Address noLongerLet = fixtures.letAddress();
        permit(noLongerLet, "EXPIRED", today.minusDays(3));
        property.saveAddress(new Address(noLongerLet.id(), noLongerLet.bagId(), noLongerLet.street(), noLongerLet.houseNumber(),
                noLongerLet.houseNumberAddition(), noLongerLet.postcode(), noLongerLet.city(), noLongerLet.housingType(),
                noLongerLet.usableFloorAreaM2(), null));

        JourneyClient coordinatorWeb = as(coordinator);
        String planning = coordinatorWeb.get("/toezicht/planning").body();
        assertThat(planning).contains(proposal(expired), proposal(revoked),
                "Vergunning " + expiredNumber + " is verlopen op " + DAY.format(today.minusDays(10))
                        + "; het adres staat nog als verhuurd geregistreerd",
                "Vergunning " + revokedNumber + " is ingetrokken op " + DAY.format(today.minusDays(1)));
        assertThat(planning).as("a current permit again").doesNotContain(proposal(renewed));
        assertThat(planning).as("nobody lets it any more").doesNotContain(proposal(noLongerLet));

        assertThat(coordinatorWeb.form("/toezicht/planning/risico", List.of(Map.entry("addressId", String.valueOf(expired.id()))))
                .statusCode()).isEqualTo(302);
        Inspection inspection = await().atMost(PATIENCE).until(() -> inspections.withStatus("TO_SCHEDULE").stream()
                .filter(i -> i.addressId() == expired.id()).findFirst(), Optional::isPresent).orElseThrow();
        assertThat(inspection.reason()).isEqualTo(InspectionReason.RISK_BASED);
        assertThat(coordinatorWeb.get("/toezicht/planning").body()).as("no second proposal while one is in progress")
                .doesNotContain(proposal(expired)).contains(proposal(revoked));
    }

    private static String proposal(Address address) {
        return "name=\"addressId\" value=\"" + address.id() + "\"";
    }

    /** A granted application and its permit for the address, in the given state; returns the permit number. */
    private String permit(Address address, String status, LocalDate validUntil) {
        CaseFile va = cases.open(CaseType.PERMIT_APPLICATION, address.landlordId(), address.id(), null, "VERLEEND");
        long applicationId = dsl.insertInto(PERMIT_APPLICATION)
                .set(PERMIT_APPLICATION.CASE_ID, va.id())
                .set(PERMIT_APPLICATION.LANDLORD_ID, address.landlordId())
                .set(PERMIT_APPLICATION.SUBMISSION_ID, "risk-" + va.id())
                .set(PERMIT_APPLICATION.STATUS, "GRANTED")
                .set(PERMIT_APPLICATION.SUBMITTED_ON, validUntil.minusYears(5).minusWeeks(8))
                .set(PERMIT_APPLICATION.DECISION_DUE, validUntil.minusYears(5))
                .returning(PERMIT_APPLICATION.ID).fetchOne(PERMIT_APPLICATION.ID);
        String number = "VV-T" + ThreadLocalRandom.current().nextInt(100_000_000, 999_999_999);
        long permitId = dsl.insertInto(PERMIT)
                .set(PERMIT.PERMIT_NUMBER, number)
                .set(PERMIT.APPLICATION_ID, applicationId)
                .set(PERMIT.LANDLORD_ID, address.landlordId())
                .set(PERMIT.HOLDER_NAME, "J. de Verhuurder")
                .set(PERMIT.VALID_FROM, validUntil.minusYears(5))
                .set(PERMIT.VALID_UNTIL, validUntil)
                .set(PERMIT.STATUS, status)
                .returning(PERMIT.ID).fetchOne(PERMIT.ID);
        dsl.insertInto(PERMIT_ADDRESS).set(PERMIT_ADDRESS.PERMIT_ID, permitId).set(PERMIT_ADDRESS.ADDRESS_ID, address.id())
                .set(PERMIT_ADDRESS.MAX_OCCUPANTS, 6).execute();
        return number;
    }

    private long permitId(String number) {
        return dsl.select(PERMIT.ID).from(PERMIT).where(PERMIT.PERMIT_NUMBER.eq(number)).fetchSingle().value1();
    }
}
