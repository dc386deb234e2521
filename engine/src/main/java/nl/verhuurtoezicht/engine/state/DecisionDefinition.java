package nl.verhuurtoezicht.engine.state;

/** One deployed version of a decision, inside a deployed decision requirements graph. */
public record DecisionDefinition(
    long key, String decisionId, String decisionName, int version, DecisionRequirements requirements) {}
