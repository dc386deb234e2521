package nl.verhuurtoezicht.cases;

/** Kinds of zaak, with the prefix of their case numbers (FACTS.md section 8, suggested zaaktypen). */
public enum CaseType {
    PERMIT_APPLICATION("VA"),
    INSPECTION("TZ"),
    COMPLAINT("MP"),
    ENFORCEMENT("HH"),
    OBJECTION("BZ"),
    TAKEOVER("BO");

    private final String prefix;

    CaseType(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }
}
