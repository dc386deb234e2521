package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import nl.verhuurtoezicht.letters.LetterKind;
import nl.verhuurtoezicht.letters.RenderedLetter;
import org.springframework.stereotype.Component;

/** The content of the besluit bestuurlijke boete, for the letter sent and for its preview before approval. */
@Component
class FineDecisionLetter {

    private final EnforcementLetters letters;
    private final EnforcementProperties settings;
    private final EnforcementRepository repository;

    FineDecisionLetter(EnforcementLetters letters, EnforcementProperties settings, EnforcementRepository repository) {
        this.letters = letters;
        this.settings = settings;
        this.repository = repository;
    }

    /** The decision as it would go out with the amount now proposed (or intended); nothing is stored. */
    RenderedLetter preview(EnforcementCase c, Fine fine) {
        BigDecimal amount = fine.amount() != null ? fine.amount()
                : fine.proposedAmount() != null ? fine.proposedAmount() : fine.intendedAmount();
        Map<String, Object> values = values(c, fine, amount, repository.violations(c.caseId()),
                SendFineDecisionWorker.paymentReference(c));
        return letters.letters().preview(LetterKind.BESLUIT_BESTUURLIJKE_BOETE, letters.data(c, values));
    }

    Map<String, Object> values(EnforcementCase c, Fine fine, BigDecimal amount, List<Violation> violations, String reference) {
        Map<String, Object> values = new HashMap<>();
        values.put("voornemen_datum", fine.intentionDate());
        values.put("overtreding_datum", c.violationDate());
        values.put("overtreding_tijd", "het tijdstip dat in het rapport staat");
        values.put("rapport_datum", c.reportDate());
        values.put("overtreding", String.join(" ", letters.violationLines(c, violations)));
        values.put("overtreden_voorschrift", letters.violatedProvisions(c, violations));
        values.put("boetegrondslag", settings.legalBasis().fine());
        values.put("boetebedrag", amount);
        values.put("betalingskenmerk", reference);
        letters.putZienswijze(values, c, fine.zienswijzeReply());
        String calculation = fine.basis();
        if (amount.compareTo(fine.calculatedAmount()) != 0) {
            calculation += " Wij hebben de boete vastgesteld op " + FineBasis.euro(amount) + ".";
        }
        values.put("boeteberekening", calculation);
        values.put("evenredigheid", fine.proposalReason());
        return values;
    }
}
