package nl.verhuurtoezicht.identity;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;

/**
 * One declared rule: a path pattern (for one HTTP method or all), who may use it, and which feature said so.
 * {@code roles} is empty unless {@code access} is {@link Access#ROLES}.
 */
public record RouteRule(HttpMethod method, PathPattern pattern, Access access, Set<Role> roles, String declaredBy) {

    public enum Access {
        /** anyone, logged in or not */
        PUBLIC,
        /** anyone logged in, whatever the role */
        AUTHENTICATED,
        /** logged in with one of the listed roles */
        ROLES
    }

    @Override
    public String toString() {
        String who = access == Access.ROLES
                ? roles.stream().map(Role::name).sorted().collect(Collectors.joining(", "))
                : access.name();
        return (method == null ? "*" : method.name()) + " " + pattern.getPatternString() + " -> " + who
                + " (" + declaredBy + ")";
    }
}
