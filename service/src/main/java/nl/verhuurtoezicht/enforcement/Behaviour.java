package nl.verhuurtoezicht.enforcement;

/** Offender behaviour of the LHS intervention matrix (FACTS.md section 9). */
public enum Behaviour {
    /** welwillend */
    A,
    /** onverschillig */
    B,
    /** calculerend */
    C,
    /** crimineel / notoir */
    D
}
