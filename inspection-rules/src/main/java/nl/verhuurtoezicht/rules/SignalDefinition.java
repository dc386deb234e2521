package nl.verhuurtoezicht.rules;

/** The catalogue's description of an exploitation signal; {@code factsId} is its id in FACTS.md (e.g. SIG-ID). */
public record SignalDefinition(SignalCode code, String factsId, LocalizedText description, LegalSource legalSource) {
}
