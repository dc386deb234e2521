package nl.verhuurtoezicht.identity;

/** What a logged-in person may do. The meldpunt and the public permit register need no role. */
public enum Role {
    /** verhuurder: their own permits, cases and letters. */
    LANDLORD,
    /** toezichthouder: the inspections assigned to them. */
    INSPECTOR,
    /** all inspections and the triage of meldpunt reports. */
    COORDINATOR,
    /** jurist / handhaver: enforcement and decisions. */
    LEGAL,
    /** users, tariffs, fine policy, norm overrides, letter templates. */
    ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}
