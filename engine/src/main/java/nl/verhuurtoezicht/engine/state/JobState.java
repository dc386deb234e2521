package nl.verhuurtoezicht.engine.state;

/** Job lifecycle as in Zeebe; completed and cancelled jobs are removed. */
public enum JobState {
  ACTIVATABLE,
  ACTIVATED,
  /** Failed with retries left and a back-off that has not yet elapsed. */
  BACKOFF,
  /** Failed without retries: an incident is open. */
  FAILED,
  /** A thrown error found no catch event: an incident is open. */
  ERROR_THROWN
}
