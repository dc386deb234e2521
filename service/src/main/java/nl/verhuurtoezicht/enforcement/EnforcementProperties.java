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
 * @param dwangsom            the municipal policy for a last onder dwangsom
 */
@ConfigurationProperties("verhuurtoezicht.enforcement")
public record EnforcementProperties(List<CategoryAmounts> fineCategories, FinePolicy finePolicy,
                                    Period repeatOffenceWindow, int takeoverFineCount, Terms terms,
                                    LegalBasis legalBasis, Takeover takeover, Dwangsom dwangsom) {

    public EnforcementProperties {
        if (fineCategories == null || fineCategories.isEmpty()) {
            throw new IllegalArgumentException("verhuurtoezicht.enforcement.fine-categories needs at least one dated entry");
        }
        if (finePolicy == null || repeatOffenceWindow == null || terms == null || legalBasis == null || takeover == null
                || dwangsom == null) {
            throw new IllegalArgumentException("verhuurtoezicht.enforcement needs fine-policy, repeat-offence-window, terms, "
                    + "legal-basis, takeover and dwangsom");
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
     * @param dwangsomPayment          term to pay a forfeited dwangsom (Awb 5:33)
     * @param revocationStartAfter     proposed start of a revocation, counted from its voornemen
     */
    public record Terms(Period zienswijze, Period decisionDeadline, Period decisionDeadlineWarning, Period payment,
                        Period reminder, Period objection, Period objectionDecision, Period objectionExtension,
                        Period remedyDefault, Period dwangsomPayment, Period revocationStartAfter) {
    }

    /**
     * @param fine       basis of a bestuurlijke boete
     * @param takeover   basis of a beheerovername
     * @param dwangsom   basis of a last onder dwangsom
     * @param revocation basis of the intrekking of a permit
     */
    public record LegalBasis(String fine, String takeover, String dwangsom, String revocation) {
    }

    /**
     * @param manager         the beheerder proposed by default
     * @param managerContact  how tenants reach the default beheerder
     * @param duration        how long, in words for the letters
     * @param maximumDuration the same as a period, for the end date in the tenants' letter
     * @param startAfter      proposed start, counted from the voornemen
     */
    public record Takeover(String manager, String managerContact, String duration, Period maximumDuration, Period startAfter) {
        public Takeover {
            if (manager == null || managerContact == null || duration == null || maximumDuration == null || startAfter == null) {
                throw new IllegalArgumentException("verhuurtoezicht.enforcement.takeover needs manager, manager-contact, "
                        + "duration, maximum-duration and start-after");
            }
        }
    }

    /**
     * Defaults of a last onder dwangsom (Awb 5:32b: the last states the amount per unit of time and a maximum).
     *
     * @param amountPerUnit        sum forfeited per unit that the violation continues
     * @param unit                 the unit of time, such as P1W
     * @param unitInWords          the unit as the letters state it
     * @param maximum              the most that can be forfeited
     * @param begunstigingstermijn time to remedy before the first sum is forfeited
     * @param checkInterval        time between re-inspections while the violation continues
     */
    public record Dwangsom(BigDecimal amountPerUnit, Period unit, String unitInWords, BigDecimal maximum,
                           Period begunstigingstermijn, Period checkInterval) {
        public Dwangsom {
            if (amountPerUnit == null || unit == null || unitInWords == null || maximum == null || begunstigingstermijn == null
                    || checkInterval == null || maximum.compareTo(amountPerUnit) < 0) {
                throw new IllegalArgumentException("verhuurtoezicht.enforcement.dwangsom needs amount-per-unit, unit, "
                        + "unit-in-words, maximum (at least one unit), begunstigingstermijn and check-interval");
            }
        }
    }
}
