package nl.verhuurtoezicht.rules;

/**
 * Exploitation signals from the VNG barrier model (FACTS.md section 7). The list is national and fixed;
 * the catalogue gives each its description.
 */
public enum SignalCode {
    /** SIG-ID */
    NO_OWN_ID,
    /** SIG-LANG: employment contract in a language the worker does not understand. */
    CONTRACT_LANGUAGE_NOT_UNDERSTOOD,
    /** SIG-NOLEASE */
    NO_LEASE,
    /** SIG-TIED */
    HOUSING_TIED_TO_JOB,
    /** SIG-DEBT */
    DEBT_TO_EMPLOYER,
    /** SIG-DEDUCT */
    WAGE_DEDUCTIONS,
    /** SIG-BRP: nobody registered in the BRP at the address. */
    NOBODY_REGISTERED_BRP,
    /** SIG-OVER */
    OVERCROWDING,
    /** SIG-FIRE */
    FIRE_UNSAFE,
    /** SIG-UNAWARE */
    UNAWARE_OF_RIGHTS,
    /** Fewer occupants registered in the BRP than present; raised by the evaluator itself. */
    BRP_MISMATCH
}
