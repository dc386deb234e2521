package nl.verhuurtoezicht.enforcement;

/**
 * Interventions of the sanction advice, heaviest last; legal staff may choose each of them (a takeover only with its
 * ground, a revocation only with a current permit).
 */
public enum Sanction {
    WARNING, DWANGSOM, FINE, REVOCATION, TAKEOVER, PROSECUTION
}
