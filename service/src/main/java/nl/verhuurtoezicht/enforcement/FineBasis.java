package nl.verhuurtoezicht.enforcement;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.springframework.stereotype.Component;

/** The calculation in words, as legal staff see it and the voornemen and besluit state it. */
@Component
class FineBasis {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl"));

    private final EnforcementProperties settings;

    FineBasis(EnforcementProperties settings) {
        this.settings = settings;
    }

    String describe(FineCalculation c) {
        StringBuilder text = new StringBuilder();
        text.append("Volgens de beleidsregel geldt per overtreding een boete voor ")
                .append(c.businessLike() ? "bedrijfsmatige" : "niet-bedrijfsmatige").append(" verhuur");
        if (c.repeatOffence()) {
            text.append(", verhoogd met factor ").append(settings.finePolicy().repeatFactor().stripTrailingZeros().toPlainString())
                    .append(" omdat u binnen ").append(settings.repeatOffenceWindow().getYears())
                    .append(" jaar eerder een boete kreeg (recidive)");
        }
        text.append(". Het wettelijk maximum is dat van de ")
                .append(c.category() == FineCategory.FIFTH ? "vijfde" : "vierde")
                .append(" categorie van artikel 23 van het Wetboek van Strafrecht op ").append(DATE.format(c.violationDate()))
                .append(": ").append(euro(c.legalMaximum())).append(" per overtreding.");
        for (FineCalculation.Line line : c.lines()) {
            text.append(' ').append(line.ruleId()).append(": ").append(euro(line.policyAmount()));
            if (line.capped()) {
                text.append(", begrensd tot ").append(euro(line.amount()));
            }
            text.append('.');
        }
        text.append(" Totaal: ").append(euro(c.total())).append('.');
        return text.toString();
    }

    /** A date as Dutch letter text writes it inside a sentence ("3 november 2026"). */
    static String date(java.time.LocalDate day) {
        return DATE.format(day);
    }

    static String euro(BigDecimal amount) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag("nl"));
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return "€ " + format.format(amount);
    }
}
