package nl.verhuurtoezicht.engine.exec;

import java.util.function.LongSupplier;

/** Hands out keys from blocks reserved in the database sequence, so restarts never reuse a key. */
public final class KeyGenerator {
  private static final int BLOCK_SIZE = 1000;
  private final LongSupplier blockStart;
  private long next;
  private long limit;

  public KeyGenerator(LongSupplier blockStart) {
    this.blockStart = blockStart;
  }

  public long next() {
    if (next == limit) {
      next = blockStart.getAsLong();
      limit = next + BLOCK_SIZE;
    }
    return next++;
  }
}
