package nl.verhuurtoezicht.engine.state;

import java.time.Instant;

/** The durable header of a process instance; it stays after the instance ends, with its final state. */
public record ProcessInstanceRow(
    long key, long processDefinitionKey, String bpmnProcessId, int version, String state,
    Instant startTime, Instant endTime) {}
