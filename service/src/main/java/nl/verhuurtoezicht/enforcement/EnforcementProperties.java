package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Amounts and terms of enforcement, each with its source in application.yml (FACTS.md sections 1 and 3).
 *
 * @param fineCategories      legal maxima of the Wetboek van Strafrecht art. 23 categories, by the date they apply from
 * @param finePolicy          the municipal fine policy (beleidsregel): base amounts per violation
 * @param repeatOffenceWindow recidive window (Wgv art. 19: 4 years)
 * @param takeoverFineCount   fines within the window after which a new violation is a takeover ground
 * @param terms               procedural terms
 * @param legalBasis          the provisions decisions rest on, as the letters cite them
 * @param takeover            defaults proposed in a voornemen beheerovername
 */
@ConfigurationProperties("verhuurtoezicht.enforcement")
public record EnforcementProperties(List<CategoryAmounts> fineCategories, FinePolicy finePolicy,
                                    Period repeatOffenceWindow, int takeoverFineCount, Terms terms,
                                    LegalBasis legalBasis, Takeover takeover) {

    public EnforcementProperties {
        if (fineCategories == null || fineCategories.isEmpty()) {
            throw new IllegalArgumentException("verhuurtoezicht.enforcement.fine-categories needs at least one dated entry");
        }
        if (finePolicy == null || repeatOffenceWindow == null || terms == null || legalBasis == null || takeover == null) {
            throw new IllegalArgumentException(
                    "verhuurtoezicht.enforcement needs fine-policy, repeat-offence-window, terms, legal-basis and takeover");
        }
        fineCategories = List.copyOf(fineCategories);
    }

    /** Maxima of the 4th and 5th category from {@code validFrom} until the next entry. */
    public record CategoryAmounts(LocalDate validFrom, BigDecimal fourth, BigDecimal fifth) {
        public CategoryAmounts {
            if (validFrom == null || fourth == null || fifth == null) {
                throw new IllegalArgumentException("a fine category entry needs valid-from, fourth and fifth");
            }
        }
    }

    /**
     * @param defaultAmounts base amounts for a rule without its own entry
     * @param ruleAmounts    base amounts per rule id
     * @param repeatFactor   multiplier for a repeat offence within the window
     */
    public record FinePolicy(BaseAmounts defaultAmounts, Map<String, BaseAmounts> ruleAmounts, BigDecimal repeatFactor) {
        public FinePolicy {
            if (defaultAmounts == null || repeatFactor == null) {
                throw new IllegalArgumentException("fine-policy needs default-amounts and repeat-factor");
            }
            ruleAmounts = ruleAmounts == null ? Map.of() : Map.copyOf(ruleAmounts);
        }

        BaseAmounts forRule(String ruleId) {
            return ruleAmounts.getOrDefault(ruleId, defaultAmounts);
        }
    }

    /** Base amount when letting is not business-like (niet-bedrijfsmatig) and when it is (bedrijfsmatig). */
    public record BaseAmounts(BigDecimal privateLetting, BigDecimal businessLike) {
    }

    /**
     * @param zienswijze               term for a zienswijze on a voornemen
     * @param decisionDeadline         from the report date to the fine decision (Awb 5:51)
     * @param decisionDeadlineWarning  how long before that deadline the case is escalated
     * @param payment                  term to pay (Awb 4:87)
     * @param reminder                 term of the aanmaning (Awb 4:112)
     * @param objection                bezwaartermijn (Awb 6:7)
     * @param objectionDecision        term to decide on an objection (Awb 7:10)
     * @param objectionExtension       the one extension of that term (Awb 7:10(3))
     * @param remedyDefault            remedy term of a warning when the advice names none
     */
    public record Terms(Period zienswijze, Period decisionDeadline, Period decisionDeadlineWarning, Period payment,
                        Period reminder, Period objection, Period objectionDecision, Period objectionExtension,
                        Period remedyDefault) {
    }

    /** @param fine basis of a bestuurlijke boete; @param takeover basis of a beheerovername */
    public record LegalBasis(String fine, String takeover) {
    }

    /**
     * @param manager    the beheerder proposed by default
     * @param duration   how long, in words for the letters
     * @param startAfter proposed start, counted from the voornemen
     */
    public record Takeover(String manager, String duration, Period startAfter) {
    }
}
