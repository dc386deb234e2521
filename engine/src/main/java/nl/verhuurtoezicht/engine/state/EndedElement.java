package nl.verhuurtoezicht.engine.state;

/**
 * An element instance that completed or was terminated; kept as history (end time = commit time), never read by
 * the executor.
 */
public record EndedElement(long key, long processInstanceKey, Long parentKey, String elementId, String elementType,
                           boolean terminated) {
}
