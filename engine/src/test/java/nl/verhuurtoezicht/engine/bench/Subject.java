package nl.verhuurtoezicht.engine.bench;

/** An engine under benchmark: it starts one-service-task instances and runs workers that complete them. */
interface Subject extends AutoCloseable {
  String name();

  /** Starts the workers on first use; from now on each finished instance is reported to these latencies. */
  void startWorkers(Latencies latencies);

  /** Starts one instance asynchronously; {@code createdNanos} travels as a variable. */
  void createInstance(long createdNanos);

  /** Creations in flight (sent but not yet acknowledged), to keep full-speed load bounded. */
  int inFlight();
}
