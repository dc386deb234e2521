package nl.verhuurtoezicht.enforcement;

import java.util.ArrayList;
import java.util.List;

import nl.verhuurtoezicht.cases.SanctionHistory;
import nl.verhuurtoezicht.permit.PermitEnd;

/** The ground for a beheerovername in the words of the letters ("Wij kunnen het beheer overnemen, omdat ..."). */
final class TakeoverGrounds {

    private TakeoverGrounds() {
    }

    static String fines(int count) {
        return "u binnen de herhalingstermijn " + count + " bestuurlijke boetes kreeg en opnieuw een overtreding is vastgesteld";
    }

    /** The ground of letting after a refusal or revocation ({@code PermitRegister#withdrawnBefore} returns only those). */
    static String letAfter(PermitEnd withdrawal) {
        return switch (withdrawal.kind()) {
            case REVOKED -> "u de verblijfsruimte verhuurt, terwijl wij uw vergunning " + withdrawal.reference() + " met ingang van "
                    + FineBasis.date(withdrawal.on()) + " hebben ingetrokken";
            case REFUSED -> "u de verblijfsruimte verhuurt, terwijl wij op " + FineBasis.date(withdrawal.on())
                    + " de vergunning hebben geweigerd (aanvraag " + withdrawal.reference() + ")";
            case EXPIRED -> throw new IllegalArgumentException("An expired permit is no ground for beheerovername");
        };
    }

    /**
     * The list under "Wij kunnen het beheer overnemen, omdat:" in the takeover letters: the ground, then the earlier
     * fines within the window before the violation (not annulled).
     */
    static List<String> letterLines(EnforcementCase c, SanctionHistory history, RepeatOffenceWindow window) {
        List<String> fines = history.of(c.landlordId()).stream()
                .filter(s -> s.kind() == SanctionHistory.Kind.FINE && s.annulledOn() == null && s.caseId() != c.caseId()
                        && window.covers(s.decidedOn(), c.violationDate()))
                .map(s -> "eerdere boete: besluit van " + FineBasis.date(s.decidedOn())
                        + (s.amountEur() == null ? "" : ", " + FineBasis.euro(s.amountEur())))
                .toList();
        List<String> lines = new ArrayList<>();
        lines.add(c.takeoverGroundReason() == null ? "een grond voor beheerovername is vastgesteld" : c.takeoverGroundReason());
        lines.addAll(fines);
        for (int i = 0; i < lines.size(); i++) {
            lines.set(i, lines.get(i) + (i == lines.size() - 1 ? "." : ";"));
        }
        return lines;
    }

}
