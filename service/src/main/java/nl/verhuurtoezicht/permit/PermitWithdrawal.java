package nl.verhuurtoezicht.permit;

import java.time.LocalDate;

/**
 * A permit refused (reference = the VA- case of the application) or revoked (reference = the permit number) on a day.
 */
public record PermitWithdrawal(Kind kind, String reference, LocalDate on) {

    public enum Kind { REFUSED, REVOKED }
}
