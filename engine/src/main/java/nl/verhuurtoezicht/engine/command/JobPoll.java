package nl.verhuurtoezicht.engine.command;

import java.util.List;
import java.util.function.Consumer;
import nl.verhuurtoezicht.engine.exec.Views;

/**
 * A long-polling ActivateJobs request that found no job yet. Exactly one of: served with jobs by
 * the writer, expired by its timer, or cancelled by the client; {@link #done} decides under the
 * poll's monitor.
 */
public final class JobPoll {
  final String type;
  final String worker;
  final long jobTimeoutMillis;
  final int maxJobs;
  final List<String> fetchVariables;
  final Consumer<List<Views.ActivatedJob>> onJobs;
  final Runnable onExpired;
  boolean done;

  public JobPoll(String type, String worker, long jobTimeoutMillis, int maxJobs, List<String> fetchVariables,
      Consumer<List<Views.ActivatedJob>> onJobs, Runnable onExpired) {
    this.type = type;
    this.worker = worker;
    this.jobTimeoutMillis = jobTimeoutMillis;
    this.maxJobs = maxJobs;
    this.fetchVariables = fetchVariables;
    this.onJobs = onJobs;
    this.onExpired = onExpired;
  }

  /** The client went away: the poll must not take jobs any more. */
  public synchronized void cancel() {
    done = true;
  }

  synchronized boolean expire() {
    if (done) {
      return false;
    }
    done = true;
    return true;
  }
}
