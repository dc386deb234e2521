package nl.verhuurtoezicht.engine.model;

import nl.verhuurtoezicht.engine.feel.Expression;

/** One zeebe:input or zeebe:output: a FEEL source and a (possibly dotted) target variable path. */
public record Mapping(Expression source, String target) {}
