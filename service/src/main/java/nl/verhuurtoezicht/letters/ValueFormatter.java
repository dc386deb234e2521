package nl.verhuurtoezicht.letters;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Properties;

/** Writes placeholder values the way a letter in the given language spells them. */
final class ValueFormatter {

    private final Properties labels;
    private final DateTimeFormatter dates;
    private final DecimalFormatSymbols symbols;

    ValueFormatter(LetterLanguage language, Properties labels) {
        this.labels = labels;
        this.dates = DateTimeFormatter.ofPattern(label("formaat.datum"), language.locale());
        this.symbols = DecimalFormatSymbols.getInstance(language.locale());
    }

    /** @return the text, or null when the type cannot appear inline in a letter */
    String format(Object value) {
        if (value instanceof String s) {
            return s;
        }
        if (value instanceof BigDecimal amount) {
            DecimalFormat format = new DecimalFormat("#,##0.00", symbols);
            return label("formaat.bedrag").replace("{0}", format.format(amount.setScale(2, RoundingMode.HALF_UP)));
        }
        if (value instanceof LocalDate date) {
            return dates.format(date);
        }
        if (value instanceof Integer || value instanceof Long) {
            return value.toString();
        }
        if (value instanceof Period term) {
            return term(term);
        }
        return null;
    }

    String date(LocalDate date) {
        return dates.format(date);
    }

    private String term(Period term) {
        Period normal = term.normalized();
        if (normal.getYears() == 0 && normal.getMonths() == 0 && normal.getDays() % 7 == 0) {
            return count(normal.getDays() / 7, "week");
        }
        if (normal.getYears() == 0 && normal.getDays() == 0) {
            return count(normal.getMonths(), "maand");
        }
        if (normal.getYears() == 0 && normal.getMonths() == 0) {
            return count(normal.getDays(), "dag");
        }
        throw new LetterTemplateException("A term in a letter must be whole weeks, months or days, was " + term);
    }

    private String count(int n, String unit) {
        // Legal letters spell small numbers out ("zes weken"); labels.properties says how per language.
        String number = labels.getProperty("getal." + n, Integer.toString(n));
        // Languages with more than two plural forms (Polish "2 tygodnie", "5 tygodni") name the exceptions per number.
        String word = labels.getProperty("eenheid." + unit + "." + n);
        return number + " " + (word != null ? word : label("eenheid." + unit + (n == 1 ? ".een" : ".meer")));
    }

    String label(String key) {
        String value = labels.getProperty(key);
        if (value == null) {
            throw new LetterTemplateException("Missing label '" + key + "' in labels.properties");
        }
        return value;
    }
}
