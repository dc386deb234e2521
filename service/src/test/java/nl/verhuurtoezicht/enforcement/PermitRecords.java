package nl.verhuurtoezicht.enforcement;

import static nl.verhuurtoezicht.db.Tables.PERMIT;
import static nl.verhuurtoezicht.db.Tables.PERMIT_ADDRESS;
import static nl.verhuurtoezicht.db.Tables.PERMIT_APPLICATION;
import static nl.verhuurtoezicht.db.Tables.PERMIT_APPLICATION_ADDRESS;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import io.camunda.client.CamundaClient;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.CaseType;
import org.jooq.DSLContext;

/**
 * Puts permit decisions in the register as the permit journey leaves them, without running that journey: a granted
 * permit with its running permit-lifecycle instance, or a refused application.
 */
record PermitRecords(DSLContext dsl, CaseRegister cases, CamundaClient client, Clock clock) {

    record Granted(long permitId, String permitNumber, long lifecycleProcessKey) {
    }

    Granted grant(long landlordId, long addressId, LocalDate grantedOn) {
        long applicationId = application(landlordId, addressId, "GRANTED", grantedOn);
        String number = "VV-T" + applicationId;
        long permitId = dsl.insertInto(PERMIT).set(PERMIT.PERMIT_NUMBER, number).set(PERMIT.APPLICATION_ID, applicationId)
                .set(PERMIT.LANDLORD_ID, landlordId).set(PERMIT.HOLDER_NAME, "Houder " + landlordId)
                .set(PERMIT.VALID_FROM, grantedOn).set(PERMIT.VALID_UNTIL, grantedOn.plusYears(5))
                .set(PERMIT.STATUS, "CURRENT").returning(PERMIT.ID).fetchOne(PERMIT.ID);
        dsl.insertInto(PERMIT_ADDRESS).set(PERMIT_ADDRESS.PERMIT_ID, permitId).set(PERMIT_ADDRESS.ADDRESS_ID, addressId)
                .set(PERMIT_ADDRESS.MAX_OCCUPANTS, 8).execute();
        String expiresAt = grantedOn.plusYears(5).atStartOfDay(clock.getZone()).toOffsetDateTime().toString();
        String reminderAt = grantedOn.plusYears(5).minusMonths(3).atStartOfDay(clock.getZone()).toOffsetDateTime().toString();
        long key = client.newCreateInstanceCommand().bpmnProcessId("permit-lifecycle").latestVersion()
                .variables(Map.of("permitId", permitId, "permitKey", String.valueOf(permitId), "reminderAt", reminderAt,
                        "expiresAt", expiresAt))
                .send().join().getProcessInstanceKey();
        dsl.update(PERMIT).set(PERMIT.LIFECYCLE_PROCESS_KEY, key).where(PERMIT.ID.eq(permitId)).execute();
        return new Granted(permitId, number, key);
    }

    /** A refused application for the address; returns its VA- case number. */
    String refuse(long landlordId, long addressId, LocalDate refusedOn) {
        long applicationId = application(landlordId, addressId, "REFUSED", refusedOn);
        return dsl.select(PERMIT_APPLICATION.CASE_ID).from(PERMIT_APPLICATION).where(PERMIT_APPLICATION.ID.eq(applicationId))
                .fetchOptional(PERMIT_APPLICATION.CASE_ID).flatMap(cases::find).map(CaseFile::caseNumber).orElseThrow();
    }

    private long application(long landlordId, long addressId, String status, LocalDate decidedOn) {
        CaseFile file = cases.open(CaseType.PERMIT_APPLICATION, landlordId, addressId, null, status);
        long id = dsl.insertInto(PERMIT_APPLICATION).set(PERMIT_APPLICATION.CASE_ID, file.id())
                .set(PERMIT_APPLICATION.LANDLORD_ID, landlordId).set(PERMIT_APPLICATION.SUBMISSION_ID, UUID.randomUUID().toString())
                .set(PERMIT_APPLICATION.STATUS, status).set(PERMIT_APPLICATION.SUBMITTED_ON, decidedOn.minusWeeks(8))
                .set(PERMIT_APPLICATION.DECISION_DUE, decidedOn).set(PERMIT_APPLICATION.DECIDED_ON, decidedOn)
                .returning(PERMIT_APPLICATION.ID).fetchOne(PERMIT_APPLICATION.ID);
        dsl.insertInto(PERMIT_APPLICATION_ADDRESS).set(PERMIT_APPLICATION_ADDRESS.APPLICATION_ID, id)
                .set(PERMIT_APPLICATION_ADDRESS.ADDRESS_ID, addressId).set(PERMIT_APPLICATION_ADDRESS.PLANNED_OCCUPANTS, 8)
                .set(PERMIT_APPLICATION_ADDRESS.RENT_EUR, new BigDecimal("450")).set(PERMIT_APPLICATION_ADDRESS.DEPOSIT_EUR,
                        new BigDecimal("900")).set(PERMIT_APPLICATION_ADDRESS.ROOM_AREAS, "12;12").execute();
        return id;
    }
}
