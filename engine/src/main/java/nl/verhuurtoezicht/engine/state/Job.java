package nl.verhuurtoezicht.engine.state;

/** A job for a worker. Mutable state carrier owned by the single writer thread. */
public final class Job {
  public final long key;
  public final String type;
  public final ElementInstance elementInstance;
  public final String customHeaders;
  public JobState state = JobState.ACTIVATABLE;
  public int retries;
  public long deadline;
  public String worker = "";
  public long backoffUntil;
  public String errorMessage = "";

  public Job(long key, String type, ElementInstance elementInstance, String customHeaders, int retries) {
    this.key = key;
    this.type = type;
    this.elementInstance = elementInstance;
    this.customHeaders = customHeaders;
    this.retries = retries;
  }
}
