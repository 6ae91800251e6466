package org.sitrep.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Applies a system to every item of a gold set on a few threads, keeping the items' order. */
public final class ParallelMap {
  private ParallelMap() {}

  /**
   * {@code function} applied to each of {@code items}, in their order.
   *
   * @param what what the items are, for the message when the calling thread is interrupted
   * @throws RuntimeException the first exception {@code function} threw, unwrapped
   */
  public static <T, R> List<R> ordered(
      List<T> items, Function<T, R> function, int threads, String what) {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<R>> futures = new ArrayList<>();
      for (T item : items) {
        futures.add(pool.submit(() -> function.apply(item)));
      }
      List<R> results = new ArrayList<>();
      for (Future<R> future : futures) {
        results.add(future.get());
      }
      return results;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading " + what, e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException("the system failed on " + what, e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }
}
