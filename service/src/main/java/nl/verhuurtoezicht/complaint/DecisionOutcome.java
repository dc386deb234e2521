package nl.verhuurtoezicht.complaint;

/**
 * The besluit on a handhavingsverzoek, with the first sentence of its dictum. Legal staff may add to the dictum what
 * follows from it (which sanction the landlord gets, or why nothing more is done).
 */
enum DecisionOutcome {
    TOEWIJZEN("Wij wijzen uw verzoek toe."),
    AFWIJZEN("Wij wijzen uw verzoek af.");

    private final String dictum;

    DecisionOutcome(String dictum) {
        this.dictum = dictum;
    }

    /** The dictum as the letter states it: the outcome, then what legal staff added. */
    String dictum(String addition) {
        return addition == null || addition.isBlank() ? dictum : dictum + " " + addition.strip();
    }
}
