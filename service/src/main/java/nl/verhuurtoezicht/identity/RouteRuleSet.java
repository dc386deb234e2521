package nl.verhuurtoezicht.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * All rules of all features, most specific first. Declaring the same method and pattern twice is a
 * start-up error naming both features.
 */
public final class RouteRuleSet {

    private static final Comparator<RouteRule> MOST_SPECIFIC_FIRST = Comparator
            .comparing(RouteRule::pattern, PathPattern.SPECIFICITY_COMPARATOR)
            .thenComparing(rule -> rule.method() == null);

    private final PathPatternParser parser = PathPatternParser.defaultInstance;
    private final List<RouteRule> rules = new ArrayList<>();
    private String declaredBy = "unknown";

    RouteRuleSet() {
    }

    /** Collects the rules of every contributor, each tagged with the contributor's class name. */
    static RouteRuleSet of(List<? extends RouteRules> contributors) {
        RouteRuleSet set = new RouteRuleSet();
        for (RouteRules contributor : contributors) {
            set.declaredBy = contributor.getClass().getSimpleName();
            contributor.declare(set);
        }
        set.rules.sort(MOST_SPECIFIC_FIRST);
        return set;
    }

    public Target path(String... patterns) {
        return new Target(null, patterns);
    }

    public Target path(HttpMethod method, String... patterns) {
        return new Target(Objects.requireNonNull(method), patterns);
    }

    public List<RouteRule> rules() {
        return List.copyOf(rules);
    }

    /** The rule that decides a request, as the filter chain applies them; empty means denied to everyone. */
    public Optional<RouteRule> ruleFor(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return rules.stream()
                .filter(rule -> rule.method() == null || rule.method().equals(method))
                .filter(rule -> rule.pattern().matches(container))
                .findFirst();
    }

    /** The patterns a {@link #path} call names, waiting for who may use them. */
    public final class Target {
        private final HttpMethod method;
        private final String[] patterns;

        private Target(HttpMethod method, String[] patterns) {
            if (patterns.length == 0) {
                throw new IllegalArgumentException("A route rule needs at least one path pattern");
            }
            this.method = method;
            this.patterns = patterns;
        }

        public void everyone() {
            add(RouteRule.Access.PUBLIC, Set.of());
        }

        public void anyLoggedInUser() {
            add(RouteRule.Access.AUTHENTICATED, Set.of());
        }

        public void roles(Role first, Role... more) {
            add(RouteRule.Access.ROLES, Set.copyOf(EnumSet.of(first, more)));
        }

        private void add(RouteRule.Access access, Set<Role> roles) {
            for (String pattern : patterns) {
                PathPattern parsed = parser.parse(pattern);
                rules.stream()
                        .filter(r -> Objects.equals(r.method(), method) && r.pattern().equals(parsed))
                        .findFirst()
                        .ifPresent(clash -> {
                            throw new IllegalStateException("Route " + (method == null ? "*" : method.name()) + " "
                                    + pattern + " is declared twice: by " + clash.declaredBy() + " and by " + declaredBy
                                    + ". Keep one rule per route.");
                        });
                rules.add(new RouteRule(method, parsed, access, roles, declaredBy));
            }
        }
    }
}
