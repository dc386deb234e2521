package nl.verhuurtoezicht.identity;

import java.time.OffsetDateTime;

/** A landlord as a party that logs in: a company by KvK number or a private person by name. */
public record Landlord(long id, String kvkNumber, String name, OffsetDateTime createdAt) {
}
