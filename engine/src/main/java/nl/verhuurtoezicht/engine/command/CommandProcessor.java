package nl.verhuurtoezicht.engine.command;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import nl.verhuurtoezicht.engine.exec.Engine;
import nl.verhuurtoezicht.engine.exec.EngineEvents;
import nl.verhuurtoezicht.engine.exec.EngineException;
import nl.verhuurtoezicht.engine.exec.EngineException.Reason;
import nl.verhuurtoezicht.engine.exec.KeyGenerator;
import nl.verhuurtoezicht.engine.exec.Views;
import nl.verhuurtoezicht.engine.feel.FeelExpressions;
import nl.verhuurtoezicht.engine.model.ModelCompiler;
import nl.verhuurtoezicht.engine.state.Changes;
import nl.verhuurtoezicht.engine.state.StateRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer. Commands queue here; the writer thread runs a batch of them against the
 * in-memory state, writes all their changes in one transaction (group commit), and only then
 * answers them. A failed write rolls back and reloads the state, so nothing half-done is visible.
 */
public final class CommandProcessor implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(CommandProcessor.class);
  private static final int MAX_BATCH = 2_000;
  private static final long TICK_MILLIS = 100;

  private final BlockingQueue<Task<?>> queue;
  private final int queueCapacity;
  private final Map<String, Deque<JobPoll>> polls = new HashMap<>();
  private final Map<Long, CompletableFuture<Map<String, String>>> resultWaiters = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timers =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "engine-timers"));
  private final DataSource dataSource;
  private final StateRepository repository;
  private final ModelCompiler compiler;
  private final Thread writer;
  private final BatchEvents events = new BatchEvents();
  private final Engine engine;
  private Connection connection;
  private volatile boolean running = true;

  public CommandProcessor(DataSource dataSource, StateRepository repository, FeelExpressions feel, Clock clock,
      int queueCapacity) throws SQLException {
    this.queueCapacity = queueCapacity;
    this.queue = new ArrayBlockingQueue<>(queueCapacity);
    this.dataSource = dataSource;
    this.repository = repository;
    this.compiler = new ModelCompiler(feel);
    this.connection = openConnection();
    repository.lockSchema(connection);
    KeyGenerator keys = new KeyGenerator(() -> repository.nextKeyBlock(connection));
    this.engine = new Engine(repository.load(connection, compiler), feel, compiler, keys, clock, events);
    connection.commit();
    this.writer = new Thread(this::loop, "engine-writer");
    writer.setDaemon(true);
    writer.start();
  }

  private Connection openConnection() throws SQLException {
    Connection c = dataSource.getConnection();
    c.setAutoCommit(false);
    return c;
  }

  private static Thread daemon(Runnable r, String name) {
    Thread t = new Thread(r, name);
    t.setDaemon(true);
    return t;
  }

  /** Queues a command; the future completes after its changes are committed. */
  public <R> CompletableFuture<R> submit(Function<Engine, R> command) {
    Task<R> task = new Task<>(command);
    if (!running) {
      task.future.completeExceptionally(new EngineException(Reason.UNAVAILABLE, "the engine is shutting down"));
    } else if (!queue.offer(task)) {
      task.future.completeExceptionally(new EngineException(Reason.RESOURCE_EXHAUSTED,
          "Expected to handle the request, but the engine is overloaded (" + queueCapacity
              + " commands waiting); retry later"));
    }
    return task.future;
  }

  /** ActivateJobs: answers at once when jobs are there, else parks the poll until jobs come or it expires. */
  public void activateJobs(JobPoll poll, long requestTimeoutMillis) {
    submit(engine -> {
          List<Views.ActivatedJob> jobs = engine.activateJobs(poll.type, poll.worker, poll.jobTimeoutMillis,
              poll.maxJobs, poll.fetchVariables);
          if (jobs.isEmpty() && requestTimeoutMillis >= 0) {
            synchronized (polls) {
              polls.computeIfAbsent(poll.type, t -> new ArrayDeque<>()).add(poll);
            }
            timers.schedule(() -> expire(poll), requestTimeoutMillis, TimeUnit.MILLISECONDS);
            return null;
          }
          return jobs;
        })
        .whenComplete((jobs, failure) -> {
          if (failure != null) {
            poll.done = true;
            poll.onExpired.run();
          } else if (jobs != null) {
            poll.done = true;
            poll.onJobs.accept(jobs);
          }
        });
  }

  private void expire(JobPoll poll) {
    if (poll.expire()) {
      synchronized (polls) {
        Deque<JobPoll> waiting = polls.get(poll.type);
        if (waiting != null) {
          waiting.remove(poll);
        }
      }
      poll.onExpired.run();
    }
  }

  /** CreateProcessInstanceWithResult: completes with the root variables when the instance completes. */
  public CompletableFuture<Map<String, String>> awaitCompletion(long processInstanceKey, long timeoutMillis) {
    CompletableFuture<Map<String, String>> waiter = new CompletableFuture<>();
    resultWaiters.put(processInstanceKey, waiter);
    timers.schedule(() -> {
      if (resultWaiters.remove(processInstanceKey) != null) {
        waiter.completeExceptionally(new EngineException(Reason.DEADLINE_EXCEEDED, "Expected the process instance '"
            + processInstanceKey + "' to complete within " + timeoutMillis + " ms, but it did not"));
      }
    }, timeoutMillis, TimeUnit.MILLISECONDS);
    return waiter;
  }

  // ---- the writer

  private void loop() {
    long nextTick = 0;
    List<Task<?>> batch = new ArrayList<>();
    while (running) {
      try {
        Task<?> first = queue.poll(TICK_MILLIS, TimeUnit.MILLISECONDS);
        batch.clear();
        if (first != null) {
          batch.add(first);
          queue.drainTo(batch, MAX_BATCH - 1);
        }
        boolean tick = System.currentTimeMillis() >= nextTick;
        if (tick) {
          nextTick = System.currentTimeMillis() + TICK_MILLIS;
        }
        if (!batch.isEmpty() || tick) {
          runBatch(batch, tick);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException | Error e) {
        LOG.error("engine writer failed; state is reloaded from the database", e);
      }
    }
  }

  private void runBatch(List<Task<?>> batch, boolean tick) {
    events.clear();
    List<Runnable> replies = new ArrayList<>(batch.size());
    try {
      for (Task<?> task : batch) {
        task.execute(engine, replies);
      }
      if (tick) {
        engine.expireJobs();
        engine.events().onTick();
      }
      servePolls(replies);
      Changes changes = engine.state().takeChanges();
      if (!changes.isEmpty()) {
        repository.write(connection, changes);
        connection.commit();
      }
    } catch (SQLException | RuntimeException e) {
      LOG.error("batch of {} commands failed; rolling back", batch.size(), e);
      recover();
      for (Task<?> task : batch) {
        task.future.completeExceptionally(new EngineException(Reason.UNAVAILABLE,
            "the engine could not store the command; it was not applied (" + e.getClass().getSimpleName() + ")"));
      }
      return;
    }
    replies.forEach(Runnable::run);
    events.completed.forEach((key, variables) -> {
      CompletableFuture<Map<String, String>> waiter = resultWaiters.remove(key);
      if (waiter != null) {
        waiter.complete(variables);
      }
    });
    for (Long key : events.terminated) {
      CompletableFuture<Map<String, String>> waiter = resultWaiters.remove(key);
      if (waiter != null) {
        waiter.completeExceptionally(new EngineException(Reason.NOT_FOUND,
            "Expected to await the result of process instance '" + key + "', but it was terminated"));
      }
    }
  }

  private void servePolls(List<Runnable> replies) {
    for (String type : events.jobTypes) {
      synchronized (polls) {
        Deque<JobPoll> waiting = polls.get(type);
        Iterator<JobPoll> it = waiting == null ? null : waiting.iterator();
        while (it != null && it.hasNext() && engine.hasActivatableJobs(type)) {
          JobPoll poll = it.next();
          synchronized (poll) {
            it.remove();
            if (poll.done) {
              continue;
            }
            List<Views.ActivatedJob> jobs = engine.activateJobs(type, poll.worker, poll.jobTimeoutMillis,
                poll.maxJobs, poll.fetchVariables);
            poll.done = true;
            replies.add(() -> poll.onJobs.accept(jobs));
          }
        }
      }
    }
  }

  private void recover() {
    try {
      connection.rollback();
    } catch (SQLException rollbackFailure) {
      LOG.warn("rollback failed; reconnecting", rollbackFailure);
    }
    while (running) {
      try {
        if (connection.isClosed() || !connection.isValid(2)) {
          connection = openConnection();
          repository.lockSchema(connection);
        }
        engine.replaceState(repository.load(connection, compiler));
        connection.commit();
        return;
      } catch (SQLException | RuntimeException e) {
        LOG.error("cannot reload engine state; retrying", e);
        try {
          Thread.sleep(1000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  @Override
  public void close() {
    running = false;
    writer.interrupt();
    try {
      writer.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    timers.shutdownNow();
    Task<?> task;
    while ((task = queue.poll()) != null) {
      task.future.completeExceptionally(new EngineException(Reason.UNAVAILABLE, "the engine is shutting down"));
    }
    try {
      connection.close();
    } catch (SQLException e) {
      LOG.warn("closing the writer connection failed", e);
    }
  }

  /** Collects what a batch did, to act on it after the commit. */
  private static final class BatchEvents implements EngineEvents {
    final Set<String> jobTypes = new LinkedHashSet<>();
    final Map<Long, Map<String, String>> completed = new HashMap<>();
    final Set<Long> terminated = new LinkedHashSet<>();

    void clear() {
      jobTypes.clear();
      completed.clear();
      terminated.clear();
    }

    @Override
    public void jobsAvailable(String type) {
      jobTypes.add(type);
    }

    @Override
    public void processCompleted(long processInstanceKey, Map<String, String> variables) {
      completed.put(processInstanceKey, variables);
    }

    @Override
    public void processTerminated(long processInstanceKey) {
      terminated.add(processInstanceKey);
    }
  }

  private static final class Task<R> {
    final Function<Engine, R> command;
    final CompletableFuture<R> future = new CompletableFuture<>();

    Task(Function<Engine, R> command) {
      this.command = command;
    }

    void execute(Engine engine, List<Runnable> replies) {
      try {
        R result = command.apply(engine);
        replies.add(() -> future.complete(result));
      } catch (EngineException rejected) {
        future.completeExceptionally(rejected);
      }
    }
  }
}
