package nl.verhuurtoezicht.engine.state;

import java.util.Map;

/** An incident search: column equalities (column names are chosen by the engine, never by a caller). */
public record IncidentQuery(Map<String, Object> equalities, int offset, int limit) {}
