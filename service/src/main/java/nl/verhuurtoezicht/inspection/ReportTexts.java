package nl.verhuurtoezicht.inspection;

import nl.verhuurtoezicht.rules.Verdict;

/** The sentences of the inspection report that depend on why the inspection was done and what it found. */
final class ReportTexts {

    private ReportTexts() {
    }

    static String occasion(Inspection inspection) {
        return switch (inspection.reason()) {
            case PERMIT_APPLICATION -> "uw aanvraag om een verhuurvergunning";
            case COMPLAINT -> "een melding via het meldpunt goed verhuurderschap";
            case REINSPECTION -> "een hercontrole na afloop van de hersteltermijn";
            case RISK_BASED -> "risicogericht toezicht van de gemeente";
        };
    }

    static String conclusion(Verdict verdict) {
        return switch (verdict) {
            case COMPLIANT -> "De toezichthouders hebben geen overtredingen vastgesteld. De verblijfsruimte voldoet aan de "
                    + "getoetste normen.";
            case DEFICIENT -> "De toezichthouders hebben een of meer overtredingen vastgesteld van de regels voor goed "
                    + "verhuurderschap of de norm. U leest hierboven welke.";
            case SERIOUS -> "De toezichthouders hebben ernstige overtredingen vastgesteld die de veiligheid of gezondheid "
                    + "van de bewoners raken. U leest hierboven welke. Wij nemen hierover op korte termijn contact met u op.";
        };
    }
}
