package nl.verhuurtoezicht.permit;

import static nl.verhuurtoezicht.db.Tables.ADDRESS;
import static nl.verhuurtoezicht.db.Tables.CASE_FILE;
import static nl.verhuurtoezicht.db.Tables.PERMIT;
import static nl.verhuurtoezicht.db.Tables.PERMIT_ADDRESS;
import static nl.verhuurtoezicht.db.Tables.PERMIT_APPLICATION;
import static nl.verhuurtoezicht.db.Tables.PERMIT_APPLICATION_ADDRESS;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.verhuurtoezicht.audit.Actor;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.db.tables.records.PermitRecord;
import nl.verhuurtoezicht.platform.InvalidInputException;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The permit register: permits granted, their addresses and maximum occupants, and their end by expiry or
 * revocation (intrekking). Enforcement revokes through {@link #revoke}.
 */
@Service
public class PermitRegister {

    private final DSLContext dsl;
    private final Clock clock;
    private final AuditTrail audit;
    private final PermitProcesses processes;
    private final PermitProperties properties;

    PermitRegister(DSLContext dsl, Clock clock, AuditTrail audit, PermitProcesses processes, PermitProperties properties) {
        this.dsl = dsl;
        this.clock = clock;
        this.audit = audit;
        this.processes = processes;
        this.properties = properties;
    }

    /** Registers the permit of a granted application; a second call for the same application returns the first permit. */
    @Transactional
    Permit register(Application application, String holderName, LocalDate validUntil) {
        Optional<Long> existing = dsl.select(PERMIT.ID).from(PERMIT).where(PERMIT.APPLICATION_ID.eq(application.id()))
                .fetchOptional(PERMIT.ID);
        if (existing.isPresent()) {
            return find(existing.get()).orElseThrow();
        }
        LocalDate today = LocalDate.now(clock);
        long id = dsl.insertInto(PERMIT)
                .set(PERMIT.PERMIT_NUMBER, application.caseNumber().replaceFirst("^VA", properties.permitNumberPrefix()))
                .set(PERMIT.APPLICATION_ID, application.id())
                .set(PERMIT.LANDLORD_ID, application.landlordId())
                .set(PERMIT.HOLDER_NAME, holderName)
                .set(PERMIT.CONDITIONS, String.join("\n", application.conditions()))
                .set(PERMIT.VALID_FROM, today)
                .set(PERMIT.VALID_UNTIL, validUntil)
                .set(PERMIT.STATUS, Permit.Status.CURRENT.name())
                .returning(PERMIT.ID).fetchOne(PERMIT.ID);
        for (Application.ApplicationAddress address : application.addresses()) {
            dsl.insertInto(PERMIT_ADDRESS)
                    .set(PERMIT_ADDRESS.PERMIT_ID, id)
                    .set(PERMIT_ADDRESS.ADDRESS_ID, address.addressId())
                    .set(PERMIT_ADDRESS.MAX_OCCUPANTS, address.maxOccupants())
                    .execute();
        }
        return find(id).orElseThrow();
    }

    /**
     * Revokes a current permit from {@code date} (intrekking, e.g. after enforcement) and ends its lifecycle process
     * by publishing {@code permit-revoked} once the revocation is committed.
     *
     * @throws InvalidInputException when there is no such permit or it is no longer current; nothing changes
     */
    @Transactional
    public Permit revoke(long permitId, String reason, LocalDate date) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "permit.validation.revocationReason", "A revocation needs a reason");
        }
        PermitRecord permit = dsl.selectFrom(PERMIT).where(PERMIT.ID.eq(permitId)).forUpdate().fetchOptional()
                .orElseThrow(() -> new InvalidInputException("permitId", "permit.validation.unknownPermit",
                        "No permit " + permitId));
        if (!Permit.Status.CURRENT.name().equals(permit.getStatus())) {
            throw new InvalidInputException("permitId", "permit.validation.notCurrent",
                    "Permit " + permit.getPermitNumber() + " is " + permit.getStatus() + ", not current");
        }
        permit.setStatus(Permit.Status.REVOKED.name());
        permit.setRevokedOn(date);
        permit.setRevocationReason(reason.strip());
        permit.store();
        audit.record(Actor.system("permit-register"), "permit.revoked", permit.getPermitNumber(), "CURRENT",
                "REVOKED from " + date + ": " + reason.strip());
        afterCommit(() -> processes.publishRevoked(permitId));
        return find(permitId).orElseThrow();
    }

    /** Marks a permit expired at the end of its validity; false when it was not current (already expired or revoked). */
    @Transactional
    boolean expire(long permitId) {
        int changed = dsl.update(PERMIT).set(PERMIT.STATUS, Permit.Status.EXPIRED.name())
                .where(PERMIT.ID.eq(permitId).and(PERMIT.STATUS.eq(Permit.Status.CURRENT.name()))).execute();
        if (changed == 1) {
            audit.record(Actor.worker("permit-expire"), "permit.expired", permitNumber(permitId), "CURRENT", "EXPIRED");
        }
        return changed == 1;
    }

    /** Notes the renewal reminder once; false when it was sent before. */
    @Transactional
    boolean markReminded(long permitId) {
        boolean first = dsl.update(PERMIT).set(PERMIT.REMINDER_SENT_ON, LocalDate.now(clock))
                .where(PERMIT.ID.eq(permitId).and(PERMIT.REMINDER_SENT_ON.isNull())).execute() == 1;
        if (first) {
            audit.record(Actor.worker("permit-send-expiry-reminder"), "permit.reminded", permitNumber(permitId), null,
                    "reminder sent");
        }
        return first;
    }

    private String permitNumber(long permitId) {
        return dsl.select(PERMIT.PERMIT_NUMBER).from(PERMIT).where(PERMIT.ID.eq(permitId)).fetchOne(PERMIT.PERMIT_NUMBER);
    }

    /** The current permit that covers the address, if any. */
    public Optional<Permit> currentFor(long addressId) {
        return dsl.select(PERMIT.ID).from(PERMIT).join(PERMIT_ADDRESS).on(PERMIT_ADDRESS.PERMIT_ID.eq(PERMIT.ID))
                .where(PERMIT_ADDRESS.ADDRESS_ID.eq(addressId).and(PERMIT.STATUS.eq(Permit.Status.CURRENT.name())))
                .orderBy(PERMIT.VALID_FROM.desc()).limit(1).fetchOptional(PERMIT.ID).flatMap(this::find);
    }

    /**
     * The last refusal of an application or revocation of a permit for the address before {@code day}, while no permit
     * covers it now. Letting such an address is a ground for beheerovername (FACTS.md section 1, inbeheername).
     */
    public Optional<PermitEnd> withdrawnBefore(long addressId, LocalDate day) {
        if (currentFor(addressId).isPresent()) {
            return Optional.empty();
        }
        Optional<PermitEnd> revoked = dsl.select(PERMIT.PERMIT_NUMBER, PERMIT.REVOKED_ON).from(PERMIT)
                .join(PERMIT_ADDRESS).on(PERMIT_ADDRESS.PERMIT_ID.eq(PERMIT.ID))
                .where(PERMIT_ADDRESS.ADDRESS_ID.eq(addressId).and(PERMIT.STATUS.eq(Permit.Status.REVOKED.name()))
                        .and(PERMIT.REVOKED_ON.le(day)))
                .orderBy(PERMIT.REVOKED_ON.desc()).limit(1)
                .fetchOptional(r -> new PermitEnd(PermitEnd.Kind.REVOKED, r.value1(), r.value2()));
        Optional<PermitEnd> refused = dsl.select(CASE_FILE.CASE_NUMBER, PERMIT_APPLICATION.DECIDED_ON)
                .from(PERMIT_APPLICATION).join(PERMIT_APPLICATION_ADDRESS)
                .on(PERMIT_APPLICATION_ADDRESS.APPLICATION_ID.eq(PERMIT_APPLICATION.ID))
                .join(CASE_FILE).on(CASE_FILE.ID.eq(PERMIT_APPLICATION.CASE_ID))
                .where(PERMIT_APPLICATION_ADDRESS.ADDRESS_ID.eq(addressId)
                        .and(PERMIT_APPLICATION.STATUS.eq(ApplicationStatus.REFUSED.name()))
                        .and(PERMIT_APPLICATION.DECIDED_ON.le(day)))
                .orderBy(PERMIT_APPLICATION.DECIDED_ON.desc()).limit(1)
                .fetchOptional(r -> new PermitEnd(PermitEnd.Kind.REFUSED, r.value1(), r.value2()));
        return java.util.stream.Stream.of(revoked, refused).flatMap(Optional::stream)
                .max(java.util.Comparator.comparing(PermitEnd::on));
    }

    /**
     * The last permit for the address that expired on or before {@code day}, while no permit covers it now. A permit
     * is expired once the lifecycle marks it so at the end of its validity.
     */
    public Optional<PermitEnd> expiredBefore(long addressId, LocalDate day) {
        if (currentFor(addressId).isPresent()) {
            return Optional.empty();
        }
        return dsl.select(PERMIT.PERMIT_NUMBER, PERMIT.VALID_UNTIL).from(PERMIT)
                .join(PERMIT_ADDRESS).on(PERMIT_ADDRESS.PERMIT_ID.eq(PERMIT.ID))
                .where(PERMIT_ADDRESS.ADDRESS_ID.eq(addressId).and(PERMIT.STATUS.eq(Permit.Status.EXPIRED.name()))
                        .and(PERMIT.VALID_UNTIL.le(day)))
                .orderBy(PERMIT.VALID_UNTIL.desc()).limit(1)
                .fetchOptional(r -> new PermitEnd(PermitEnd.Kind.EXPIRED, r.value1(), r.value2()));
    }

    /** Addresses that a permit once covered and that no current permit covers: where a permit lapsed or was revoked. */
    public List<Long> addressesWithEndedPermit() {
        var coveredAddress = PERMIT_ADDRESS.as("covered_address");
        var currentPermit = PERMIT.as("current_permit");
        return dsl.selectDistinct(PERMIT_ADDRESS.ADDRESS_ID).from(PERMIT_ADDRESS)
                .join(PERMIT).on(PERMIT.ID.eq(PERMIT_ADDRESS.PERMIT_ID))
                .where(PERMIT.STATUS.in(Permit.Status.EXPIRED.name(), Permit.Status.REVOKED.name()))
                .andNotExists(dsl.selectOne().from(coveredAddress)
                        .join(currentPermit).on(currentPermit.ID.eq(coveredAddress.PERMIT_ID))
                        .where(coveredAddress.ADDRESS_ID.eq(PERMIT_ADDRESS.ADDRESS_ID)
                                .and(currentPermit.STATUS.eq(Permit.Status.CURRENT.name()))))
                .orderBy(PERMIT_ADDRESS.ADDRESS_ID)
                .fetch(PERMIT_ADDRESS.ADDRESS_ID);
    }

    public Optional<Permit> find(long id) {
        return dsl.selectFrom(PERMIT).where(PERMIT.ID.eq(id)).fetchOptional(this::toPermit);
    }

    public Optional<Permit> findByApplication(long applicationId) {
        return dsl.selectFrom(PERMIT).where(PERMIT.APPLICATION_ID.eq(applicationId)).fetchOptional(this::toPermit);
    }

    public List<Permit> ofLandlord(long landlordId) {
        return dsl.selectFrom(PERMIT).where(PERMIT.LANDLORD_ID.eq(landlordId)).orderBy(PERMIT.ID.desc()).fetch(this::toPermit);
    }

    /** Current permits for the public register. */
    public List<Permit> current() {
        return dsl.selectFrom(PERMIT).where(PERMIT.STATUS.eq(Permit.Status.CURRENT.name()))
                .orderBy(PERMIT.PERMIT_NUMBER).fetch(this::toPermit);
    }

    private Permit toPermit(PermitRecord r) {
        List<Permit.PermitAddress> addresses = dsl.select(PERMIT_ADDRESS.ADDRESS_ID, PERMIT_ADDRESS.MAX_OCCUPANTS,
                        ADDRESS.STREET, ADDRESS.HOUSE_NUMBER, ADDRESS.HOUSE_NUMBER_ADDITION, ADDRESS.POSTCODE, ADDRESS.CITY)
                .from(PERMIT_ADDRESS).join(ADDRESS).on(ADDRESS.ID.eq(PERMIT_ADDRESS.ADDRESS_ID))
                .where(PERMIT_ADDRESS.PERMIT_ID.eq(r.getId())).orderBy(PERMIT_ADDRESS.ADDRESS_ID)
                .fetch(a -> new Permit.PermitAddress(a.value1(), oneLine(a.value3(), a.value4(), a.value5(), a.value6(), a.value7()),
                        a.value2()));
        return new Permit(r.getId(), r.getPermitNumber(), r.getApplicationId(), r.getLandlordId(), r.getHolderName(),
                PermitApplications.lines(r.getConditions()), r.getValidFrom(), r.getValidUntil(),
                Permit.Status.valueOf(r.getStatus()), r.getReminderSentOn(), r.getRevokedOn(), r.getRevocationReason(),
                addresses);
    }

    private static String oneLine(String street, int number, String addition, String postcode, String city) {
        return street + " " + number + (addition == null || addition.isBlank() ? "" : " " + addition) + ", "
                + new nl.verhuurtoezicht.property.Postcode(postcode).formatted() + " " + city;
    }

    static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }
}
