package nl.verhuurtoezicht.permit;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.audit.AuditTrail;
import nl.verhuurtoezicht.cases.CaseFile;
import nl.verhuurtoezicht.cases.CaseRegister;
import nl.verhuurtoezicht.cases.CaseType;
import nl.verhuurtoezicht.identity.CurrentUser;
import nl.verhuurtoezicht.identity.NotFoundException;
import nl.verhuurtoezicht.platform.InvalidInputException;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.property.BagId;
import nl.verhuurtoezicht.property.HousingType;
import nl.verhuurtoezicht.property.KvkNumber;
import nl.verhuurtoezicht.property.Landlord;
import nl.verhuurtoezicht.property.Postcode;
import nl.verhuurtoezicht.property.PropertyRegister;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes in applications and supplements from landlords. Every field is checked before anything is stored, so bad
 * input changes nothing; a repeated submission (same form id) returns the first application.
 */
@Service
public class ApplicationIntake {

    private final PermitApplications applications;
    private final PropertyRegister properties;
    private final CaseRegister cases;
    private final PermitLetters letters;
    private final AuditTrail audit;
    private final PermitProcesses processes;
    private final Clock clock;

    ApplicationIntake(PermitApplications applications, PropertyRegister properties, CaseRegister cases,
                      PermitLetters letters, AuditTrail audit, PermitProcesses processes, Clock clock) {
        this.applications = applications;
        this.properties = properties;
        this.cases = cases;
        this.letters = letters;
        this.audit = audit;
        this.processes = processes;
        this.clock = clock;
    }

    /** The outcome of a submission: the case number and whether this call created it (false for a double submit). */
    public record Submitted(long applicationId, String caseNumber, boolean created) {
    }

    @Transactional
    public Submitted submit(CurrentUser user, ApplicationForm form, List<UploadedDocument> documents) {
        long landlordId = user.landlordId().orElseThrow(() -> new NotFoundException("Landlord"));
        String submissionId = form.getSubmissionId();
        if (submissionId == null || !submissionId.matches("[A-Za-z0-9-]{8,64}")) {
            throw new InvalidInputException("submissionId", "permit.validation.submissionId",
                    "The form has no valid submission id; reload the form");
        }
        var earlier = applications.idBySubmission(submissionId);
        if (earlier.isPresent()) {
            return new Submitted(earlier.get(), applications.find(earlier.get()).orElseThrow().caseNumber(), false);
        }
        FormErrors errors = new FormErrors();
        Landlord landlord = applicant(form, landlordId, errors);
        List<Address> addresses = new ArrayList<>();
        List<AddressFacts> facts = new ArrayList<>();
        List<ApplicationForm.AddressForm> rows = form.getAddresses() == null ? List.of() : form.getAddresses();
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isBlank()) {
                readAddress(rows.get(i), "addresses[" + i + "].", landlordId, errors, addresses, facts);
            }
        }
        if (addresses.isEmpty() && errors.isEmpty()) {
            errors.add("addresses[0].bagId", "permit.validation.address.required");
        }
        errors.throwIfAny();

        LocalDate today = LocalDate.now(clock);
        properties.saveLandlord(landlord);
        List<Address> saved = addresses.stream().map(properties::saveAddress).toList();
        CaseFile caseFile = cases.open(CaseType.PERMIT_APPLICATION, landlordId, saved.get(0).id(), null,
                ApplicationStatus.SUBMITTED.name());
        String fines = form.getFinesStatement() == null || form.getFinesStatement().isBlank() ? null
                : form.getFinesStatement().strip();
        long id = applications.insert(caseFile.id(), landlordId, submissionId, today, fines);
        for (int i = 0; i < saved.size(); i++) {
            AddressFacts f = facts.get(i);
            applications.insertAddress(id, saved.get(i).id(), f.occupants, f.rent, f.deposit, f.rooms);
        }
        documents.forEach(d -> applications.insertDocument(id, d));
        applications.recordStep(id, ApplicationStep.SUBMITTED, "submitted:" + submissionId);
        Application application = applications.find(id).orElseThrow();
        letters.receipt(application, "receipt");
        audit.record(user.actor(), "permit.application.submitted", caseFile.caseNumber(), null,
                saved.size() + " address(es), " + documents.size() + " document(s)");
        return new Submitted(id, caseFile.caseNumber(), true);
    }

    /** Starts the process of a submitted application that has none yet (after the submission committed). */
    public void startProcess(long applicationId) {
        Application application = applications.find(applicationId).orElseThrow();
        if (cases.find(application.caseId()).orElseThrow().processInstanceKey() == null) {
            long key = processes.startApplication(applicationId, application.caseId());
            cases.attachProcessInstance(application.caseId(), key);
        }
    }

    /**
     * Adds the landlord's supplement to an incomplete application and lifts the suspension of the decision term
     * (Awb 4:15: the term runs again from the day the supplement is received).
     */
    @Transactional
    public Application supplement(CurrentUser user, String caseNumber, String finesStatement, List<UploadedDocument> documents) {
        Application application = ownApplication(user, caseNumber);
        if (application.status() != ApplicationStatus.INCOMPLETE) {
            throw new InvalidInputException("supplement", "permit.validation.notIncomplete",
                    "This application is not waiting for a supplement");
        }
        boolean fines = finesStatement != null && !finesStatement.isBlank();
        if (documents.isEmpty() && !fines) {
            throw new InvalidInputException("supplement", "permit.validation.supplement.empty",
                    "Add at least one document or the statement of fines");
        }
        var row = applications.lockRow(application.id());
        documents.forEach(d -> applications.insertDocument(application.id(), d));
        if (fines) {
            row.setFinesStatement(finesStatement.strip());
        }
        LocalDate today = LocalDate.now(clock);
        if (row.getSuspendedSince() != null) {
            row.setSuspendedDays(row.getSuspendedDays() + (int) java.time.temporal.ChronoUnit.DAYS.between(row.getSuspendedSince(), today));
            row.setSuspendedSince(null);
        }
        row.setStatus(ApplicationStatus.SUBMITTED.name());
        row.store();
        cases.updateStatus(application.caseId(), ApplicationStatus.SUBMITTED.name());
        applications.recordStep(application.id(), ApplicationStep.SUPPLEMENTED,
                "supplemented:" + application.id() + ":" + applications.steps(application.id()).size());
        audit.record(user.actor(), "permit.application.supplemented", caseNumber, ApplicationStatus.INCOMPLETE.name(),
                documents.size() + " document(s)" + (fines ? ", fines statement" : ""));
        return applications.find(application.id()).orElseThrow();
    }

    /** Tells the process a supplement arrived (after the supplement committed). */
    public void announceSupplement(long applicationId) {
        processes.publishSupplemented(applicationId);
    }

    /** The application when it belongs to this landlord; anything else is "not found". */
    public Application ownApplication(CurrentUser user, String caseNumber) {
        Application application = applications.findByCaseNumber(caseNumber)
                .orElseThrow(() -> new NotFoundException("Application"));
        user.requireOwner(application.landlordId(), "Application");
        return application;
    }

    private record AddressFacts(int occupants, BigDecimal rent, BigDecimal deposit, String rooms) {
    }

    private Landlord applicant(ApplicationForm form, long landlordId, FormErrors errors) {
        Landlord.Kind kind = "NATURAL_PERSON".equals(form.getApplicantKind()) ? Landlord.Kind.NATURAL_PERSON : Landlord.Kind.COMPANY;
        KvkNumber kvk = kind == Landlord.Kind.COMPANY
                ? errors.check("kvkNumber", () -> KvkNumber.parse(required(form.getKvkNumber(), "kvkNumber", "validation.kvkNumber.required")))
                : null;
        LocalDate dateOfBirth = kind == Landlord.Kind.NATURAL_PERSON ? errors.check("dateOfBirth", () -> date(form.getDateOfBirth())) : null;
        Postcode postcode = errors.check("postcode", () -> Postcode.parse(required(form.getPostcode(), "postcode", "validation.postcode")));
        String name = errors.check("applicantName", () -> required(form.getApplicantName(), "applicantName", "validation.name.required"));
        String street = errors.check("street", () -> required(form.getStreet(), "street", "validation.address.required"));
        String city = errors.check("city", () -> required(form.getCity(), "city", "validation.address.required"));
        if (kvk != null && properties.landlordByKvk(kvk).filter(other -> other.id() != landlordId).isPresent()) {
            errors.add("kvkNumber", "permit.validation.kvkNumber.otherLandlord");
        }
        if (!errors.isEmpty()) {
            return null;
        }
        return errors.check("applicantName", () -> new Landlord(landlordId, kind, name, kvk, dateOfBirth, street, postcode,
                city, blankToNull(form.getEmail()), blankToNull(form.getPhone())).requireComplete());
    }

    private void readAddress(ApplicationForm.AddressForm row, String prefix, long landlordId, FormErrors errors,
                             List<Address> addresses, List<AddressFacts> facts) {
        BagId bagId = errors.check(prefix + "bagId", () -> BagId.parse(row.getBagId()));
        Postcode postcode = errors.check(prefix + "postcode", () -> Postcode.parse(required(row.getPostcode(), "postcode", "validation.postcode")));
        String street = errors.check(prefix + "street", () -> required(row.getStreet(), "street", "validation.address.required"));
        String city = errors.check(prefix + "city", () -> required(row.getCity(), "city", "validation.address.required"));
        Integer houseNumber = errors.check(prefix + "houseNumber", () -> positiveInt(row.getHouseNumber(), "permit.validation.houseNumber"));
        HousingType type = errors.check(prefix + "housingType", () -> housingType(row.getHousingType()));
        List<BigDecimal> rooms = errors.check(prefix + "roomAreas", () -> roomAreas(row.getRoomAreas()));
        Integer occupants = errors.check(prefix + "plannedOccupants", () -> positiveInt(row.getPlannedOccupants(), "permit.validation.occupants"));
        BigDecimal rent = errors.check(prefix + "rent", () -> amount(row.getRent()));
        BigDecimal deposit = errors.check(prefix + "deposit", () -> amount(row.getDeposit()));
        if (bagId == null || postcode == null || street == null || city == null || houseNumber == null || type == null
                || rooms == null || occupants == null || rent == null || deposit == null) {
            return;
        }
        if (addresses.stream().anyMatch(a -> a.bagId().equals(bagId))) {
            errors.add(prefix + "bagId", "permit.validation.address.duplicate");
            return;
        }
        BigDecimal area = rooms.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        addresses.add(new Address(null, bagId, street, houseNumber, blankToNull(row.getHouseNumberAddition()), postcode, city,
                type, area, landlordId));
        facts.add(new AddressFacts(occupants, rent, deposit,
                String.join(";", rooms.stream().map(BigDecimal::toPlainString).toList())));
    }

    private static String required(String value, String field, String key) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, key, field + " is required");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(required(value, "dateOfBirth", "validation.dateOfBirth.required"));
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("dateOfBirth", "validation.dateOfBirth.required", "Not a date: " + value);
        }
    }

    private static int positiveInt(String value, String key) {
        try {
            int number = Integer.parseInt(value == null ? "" : value.strip());
            if (number < 1 || number > 10_000) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("number", key, "Not a positive whole number: " + value);
        }
    }

    private static HousingType housingType(String value) {
        try {
            return HousingType.valueOf(value == null ? "" : value.strip());
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("housingType", "permit.validation.housingType", "Unknown housing type " + value);
        }
    }

    private static List<BigDecimal> roomAreas(String value) {
        try {
            List<BigDecimal> areas = Arrays.stream(required(value, "roomAreas", "permit.validation.roomAreas").split("[;\\s]+"))
                    .filter(s -> !s.isBlank()).map(s -> new BigDecimal(s.replace(',', '.'))).toList();
            if (areas.isEmpty() || areas.stream().anyMatch(a -> a.signum() <= 0 || a.compareTo(BigDecimal.valueOf(1000)) > 0)) {
                throw new NumberFormatException();
            }
            return areas;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("roomAreas", "permit.validation.roomAreas", "Room areas must be positive numbers");
        }
    }

    private static BigDecimal amount(String value) {
        try {
            BigDecimal amount = new BigDecimal(value == null ? "" : value.strip().replace(',', '.'));
            if (amount.signum() < 0 || amount.scale() > 2 || amount.compareTo(BigDecimal.valueOf(100_000)) > 0) {
                throw new NumberFormatException();
            }
            return amount;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("amount", "permit.validation.amount", "Not an amount in euro: " + value);
        }
    }

    static Map<String, String> problemsOf(InvalidInputException e) {
        return e instanceof FormErrors.InvalidApplicationException many ? many.problems() : Map.of(e.field(), e.messageKey());
    }
}
