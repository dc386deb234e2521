package nl.verhuurtoezicht.permit;

/** Documents the application form asks for (Valkenburg verordening art. 4(c), FACTS.md section 2, and issue 7). */
public enum DocumentKind {
    MODEL_LEASE("modelhuurovereenkomst"),
    FLOOR_PLAN("plattegrond met de oppervlakte van elke kamer"),
    FIRE_SAFETY_CERTIFICATE("bewijs van brandveiligheid (gebruiksmelding of brandveiligheidsrapport)");

    private final String dutchName;

    DocumentKind(String dutchName) {
        this.dutchName = dutchName;
    }

    /** How a letter names the document when it is missing. */
    public String dutchName() {
        return dutchName;
    }
}
