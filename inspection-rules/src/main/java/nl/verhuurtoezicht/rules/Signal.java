package nl.verhuurtoezicht.rules;

/** An exploitation signal raised at the inspection, with its description from the catalogue. */
public record Signal(SignalCode code, String description) {
}
