package nl.verhuurtoezicht.audit;

import java.util.Objects;

/**
 * Who did something: a person (user name and the role they acted in) or a job worker, which acts
 * without an HTTP request and is named {@code worker:<job-type>}.
 */
public record Actor(String name, String role) {

    public static final String WORKER_ROLE = "WORKER";
    public static final String SYSTEM_ROLE = "SYSTEM";
    public static final String ANONYMOUS_ROLE = "ANONYMOUS";

    public Actor {
        Objects.requireNonNull(name, "actor name");
        Objects.requireNonNull(role, "actor role");
        if (name.isBlank() || role.isBlank()) {
            throw new IllegalArgumentException("An audit actor needs a name and a role");
        }
    }

    public static Actor worker(String jobType) {
        return new Actor("worker:" + jobType, WORKER_ROLE);
    }

    public static Actor system(String component) {
        return new Actor("system:" + component, SYSTEM_ROLE);
    }

    /** Someone not logged in, such as a landlord registering or a tenant using the meldpunt. */
    public static Actor anonymous(String what) {
        return new Actor("anonymous:" + what, ANONYMOUS_ROLE);
    }
}
