package nl.verhuurtoezicht.permit;

import java.time.LocalDate;

/**
 * How a permit for an address ended, and on which day: refused (reference = the VA- case of the application), revoked
 * or expired (reference = the permit number; the day is its revocation date or its last valid day).
 */
public record PermitEnd(Kind kind, String reference, LocalDate on) {

    public enum Kind { REFUSED, REVOKED, EXPIRED }
}
