package nl.verhuurtoezicht.engine.timer;

/** Which of the three BPMN timer definitions a timer event carries. */
public enum TimerKind {
  /** {@code timeDate}: one ISO-8601 date-time with offset or zone. */
  DATE,
  /** {@code timeDuration}: one ISO-8601 duration counted from when the timer opens. */
  DURATION,
  /** {@code timeCycle}: {@code R[n]/[start/]duration} repeating intervals. */
  CYCLE
}
