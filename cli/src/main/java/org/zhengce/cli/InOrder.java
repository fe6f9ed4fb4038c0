package org.zhengce.cli;

import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Work on many files by a bounded pool of workers, its results taken in input order: output,
 * messages and counts read as if one thread had done the files one after the other. At most
 * twice as many files are in flight as there are workers, so memory stays bounded. With one
 * worker everything runs on the calling thread.
 */
final class InOrder {

  /** The work on one input; may fail. */
  @FunctionalInterface
  interface Task<I, R> {
    R apply(I input) throws Exception;
  }

  /**
   * What to do with each input's result or failure (an exception, or a file too large for the
   * memory given), in input order; may stop the run by throwing.
   */
  @FunctionalInterface
  interface Sink<I, R> {
    void accept(int index, I input, R result, Throwable failure) throws java.io.IOException;
  }

  private InOrder() {}

  /** The default number of workers: the machine's processors. */
  static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  static <I, R> void run(List<I> inputs, int threads, Task<I, R> task, Sink<I, R> sink)
      throws java.io.IOException {
    if (threads <= 1 || inputs.size() <= 1) {
      for (int i = 0; i < inputs.size(); i++) {
        R result = null;
        Throwable failure = null;
        try {
          result = task.apply(inputs.get(i));
        } catch (Exception | OutOfMemoryError e) {
          failure = e;
        }
        sink.accept(i, inputs.get(i), result, failure);
      }
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "zhengce-worker");
      t.setDaemon(true);
      return t;
    });
    ArrayDeque<Future<R>> pending = new ArrayDeque<>();
    int submitted = 0;
    try {
      for (int i = 0; i < inputs.size(); i++) {
        while (submitted < inputs.size() && submitted < i + 2 * threads) {
          I input = inputs.get(submitted++);
          pending.add(pool.submit(() -> task.apply(input)));
        }
        R result = null;
        Throwable failure = null;
        try {
          result = pending.poll().get();
        } catch (ExecutionException e) {
          if (e.getCause() instanceof Error error && !(error instanceof OutOfMemoryError)) {
            throw error;
          }
          failure = e.getCause();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new java.io.InterruptedIOException("interrupted");
        }
        sink.accept(i, inputs.get(i), result, failure);
      }
    } finally {
      // no interrupts (Lucene's writer takes them badly): files not begun are dropped, those
      // begun finish before the caller goes on, to commit or close what they wrote to
      pending.forEach(f -> f.cancel(false));
      pool.shutdown();
      try {
        pool.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
