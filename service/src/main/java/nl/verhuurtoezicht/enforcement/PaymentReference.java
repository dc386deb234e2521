package nl.verhuurtoezicht.enforcement;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The payment references printed on the letters: the case number without dashes followed by {@code B} for the fine
 * decision ({@code HH<yyyy><nnnnnn>B}) or {@code D<n>} for the n-th invorderingsbesluit of a last onder dwangsom
 * ({@code HH<yyyy><nnnnnn>D<n>}). Payers type them with spaces, dashes or in lower case; those are tolerated inside
 * the case number, but the number after D must be written in one piece, so that a date or amount typed after the
 * reference is not read as part of it.
 */
final class PaymentReference {

    private static final Pattern IN_TEXT = Pattern.compile("H[\\s-]*H((?:[\\s-]*\\d){10})[\\s-]*(B|D[1-9]\\d*)(?!\\d)");
    private static final Pattern FINE = Pattern.compile("HH\\d{10}B");
    private static final Pattern FORFEITURE = Pattern.compile("HH\\d{10}D[1-9]\\d*");

    private PaymentReference() {
    }

    static String ofFine(String caseNumber) {
        return caseNumber.replace("-", "") + "B";
    }

    static String ofForfeiture(String caseNumber, int sequence) {
        return caseNumber.replace("-", "") + "D" + sequence;
    }

    /** The first payment reference in a remittance text, normalised (upper case, no separators). */
    static Optional<String> find(String remittance) {
        if (remittance == null) {
            return Optional.empty();
        }
        Matcher matcher = IN_TEXT.matcher(remittance.toUpperCase(Locale.ROOT));
        return matcher.find()
                ? Optional.of("HH" + matcher.group(1).replaceAll("[\\s-]", "") + matcher.group(2))
                : Optional.empty();
    }

    static boolean isFine(String reference) {
        return FINE.matcher(reference).matches();
    }

    static boolean isForfeiture(String reference) {
        return FORFEITURE.matcher(reference).matches();
    }
}
