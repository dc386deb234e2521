package nl.verhuurtoezicht.identity;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.verhuurtoezicht.audit.Actor;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * The logged-in person as controllers, services and templates see it. Ownership is checked here:
 * a landlord asking for another landlord's case gets {@link NotFoundException}, exactly as for an id that
 * does not exist. Declare a parameter of this type in a controller method to receive it.
 */
public record CurrentUser(long accountId, String username, String displayName, Set<Role> roles, Long landlordIdOrNull) {

    public CurrentUser {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public Optional<Long> landlordId() {
        return Optional.ofNullable(landlordIdOrNull);
    }

    /** Passes only when this account acts for {@code ownerLandlordId}; otherwise the thing is "not found". */
    public void requireOwner(long ownerLandlordId, String what) {
        if (landlordIdOrNull == null || landlordIdOrNull != ownerLandlordId) {
            throw new NotFoundException(what);
        }
    }

    /** A query condition that keeps only this account's landlord's rows (none for an account without a landlord). */
    public Condition ownRows(Field<Long> landlordIdColumn) {
        return landlordIdOrNull == null ? DSL.falseCondition() : landlordIdColumn.eq(landlordIdOrNull);
    }

    /** This person as the actor of an audit entry; the role is every role they hold, e.g. "LEGAL" or "COORDINATOR+INSPECTOR". */
    public Actor actor() {
        String role = roles.isEmpty() ? "NONE" : roles.stream().map(Role::name).sorted().collect(Collectors.joining("+"));
        return new Actor(username, role);
    }
}
