package nl.verhuurtoezicht.enforcement;

/**
 * Interventions of the sanction advice, heaviest last. Legal staff may choose those the process carries out
 * ({@link #choosable()}); the others are advice only (see service/docs/enforcement.md).
 */
public enum Sanction {
    WARNING, DWANGSOM, FINE, REVOCATION, TAKEOVER, PROSECUTION;

    public boolean choosable() {
        return this == WARNING || this == FINE || this == TAKEOVER || this == PROSECUTION;
    }
}
