package nl.verhuurtoezicht.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A measured value or a threshold in a finding. In JSON it is a plain number, boolean or string
 * (dates as yyyy-mm-dd), so stored evaluations stay readable.
 */
public sealed interface Measure {

    /** The value as shown in a message in the given language (Dutch decimal comma and day-month-year dates). */
    String display(Language language);

    static Measure of(BigDecimal value) {
        return new Amount(value);
    }

    /** Counts of persons, rooms and floors; the small ones are shared instances. */
    static Measure of(long value) {
        return value >= 0 && value < Amount.SMALL.length ? Amount.SMALL[(int) value] : new Amount(BigDecimal.valueOf(value));
    }

    static Measure of(boolean value) {
        return value ? Flag.TRUE : Flag.FALSE;
    }

    static Measure of(LocalDate value) {
        return new Day(value);
    }

    static Measure of(String value) {
        return new Text(value);
    }

    /** A number without trailing zeros (4.00 becomes 4), so that equal amounts are equal after a JSON round trip. */
    record Amount(BigDecimal value) implements Measure {
        private static final Amount[] SMALL = new Amount[128];

        static {
            for (int i = 0; i < SMALL.length; i++) {
                SMALL[i] = new Amount(BigDecimal.valueOf(i));
            }
        }

        public Amount {
            if (value.scale() > 0) {
                BigDecimal stripped = value.stripTrailingZeros();
                value = stripped.scale() < 0 ? stripped.setScale(0) : stripped;
            } else if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }

        @Override
        public String display(Language language) {
            if (value.scale() == 0) {
                return value.toString();
            }
            String plain = value.toPlainString();
            return language == Language.NL ? plain.replace('.', ',') : plain;
        }
    }

    record Flag(boolean value) implements Measure {
        static final Flag TRUE = new Flag(true);
        static final Flag FALSE = new Flag(false);

        @Override
        public String display(Language language) {
            return language == Language.NL ? (value ? "ja" : "nee") : (value ? "yes" : "no");
        }
    }

    record Day(LocalDate value) implements Measure {
        public Day {
            Objects.requireNonNull(value, "value");
        }

        /** Dutch day-month-year (14-03-2026) or ISO (2026-03-14). */
        @Override
        public String display(Language language) {
            if (language != Language.NL) {
                return value.toString();
            }
            int day = value.getDayOfMonth();
            int month = value.getMonthValue();
            return (day < 10 ? "0" : "") + day + (month < 10 ? "-0" : "-") + month + "-" + value.getYear();
        }
    }

    record Text(String value) implements Measure {
        public Text {
            Objects.requireNonNull(value, "value");
        }

        @Override
        public String display(Language language) {
            return value;
        }
    }
}
