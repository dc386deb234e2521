package nl.verhuurtoezicht.support;

import java.util.List;
import java.util.Map;

/** Checklist fields as the inspector's phone posts them, for the two outcomes the journeys need. */
public final class ChecklistFacts {

    private ChecklistFacts() {
    }

    /** One bedroom on the first floor whose smoke detector does not work (SNF-DET, critical), and a lease signal. */
    public static List<Map.Entry<String, String>> serious() {
        return List.of(Map.entry("occupants.present", "6"), Map.entry("occupants.registeredBrp", "2"),
                Map.entry("room.1.type", "BEDROOM"), Map.entry("room.1.floor", "1"), Map.entry("room.1.area", "10,5"),
                Map.entry("room.1.occupants", "1"), Map.entry("smoke.1.floor", "1"), Map.entry("smoke.1.present", "yes"),
                Map.entry("smoke.1.working", "no"), Map.entry("signals", "NO_LEASE"),
                Map.entry("signals", "HOUSING_TIED_TO_JOB"), Map.entry("notes", "Bewoners <b>bang</b> voor de baas"));
    }

    /** Two bedrooms of ample size, a working smoke detector, sanitary facilities, everyone registered: no finding. */
    public static List<Map.Entry<String, String>> compliant() {
        return List.of(Map.entry("occupants.present", "2"), Map.entry("occupants.registeredBrp", "2"),
                Map.entry("room.1.type", "BEDROOM"), Map.entry("room.1.floor", "0"), Map.entry("room.1.area", "14"),
                Map.entry("room.1.occupants", "1"), Map.entry("room.2.type", "BEDROOM"), Map.entry("room.2.floor", "0"),
                Map.entry("room.2.area", "12"), Map.entry("room.2.occupants", "1"), Map.entry("smoke.1.floor", "0"),
                Map.entry("smoke.1.present", "yes"), Map.entry("smoke.1.working", "yes"),
                Map.entry("sanitary.toilets", "1"), Map.entry("sanitary.showers", "1"));
    }
}
