package nl.verhuurtoezicht.engine.bench;

/** An engine under benchmark: it starts one-service-task instances and runs workers that complete them. */
interface Subject extends AutoCloseable {
  String name();

  /** The settings that shape the subject's throughput, printed with its figures. */
  String settings();

  /** Starts the workers on first use; from now on each finished instance is reported to these latencies. */
  void startWorkers(Latencies latencies);

  /**
   * Starts one instance asynchronously; {@code createdNanos} travels as a variable. A failed
   * creation is reported to the latencies with {@link Latencies#failed()}.
   */
  void createInstance(long createdNanos);

}
