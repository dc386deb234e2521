package nl.verhuurtoezicht.engine.state;

/** A variable of a scope that ended, with its last value as JSON; kept as history, never read by the executor. */
public record EndedVariable(long processInstanceKey, long scopeKey, String name, String value) {
}
