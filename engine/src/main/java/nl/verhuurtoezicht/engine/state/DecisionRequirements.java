package nl.verhuurtoezicht.engine.state;

import nl.verhuurtoezicht.engine.dmn.DecisionResource;

/** One deployed version of a DMN resource (its decision requirements graph), parsed for evaluation. */
public record DecisionRequirements(
    long key,
    String decisionRequirementsId,
    String name,
    int version,
    String resourceName,
    String checksum,
    byte[] resource,
    long deploymentKey,
    DecisionResource parsed) {}
