package nl.verhuurtoezicht.permit;

import java.time.LocalDate;

/** A permit that ran to the end of its validity without a successor: its number and its last valid day. */
public record PermitExpiry(String permitNumber, LocalDate validUntil) {
}
