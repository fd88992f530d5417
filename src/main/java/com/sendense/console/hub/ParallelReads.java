package com.sendense.console.hub;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Independent hub reads run side by side, each on its own virtual thread: a page that needs
 * several lists waits for the slowest, not for their sum. {@link Read#join()} throws what the read
 * threw, so callers catch {@link HubException} as if they had called the hub themselves. Closing
 * waits for every read.
 */
public final class ParallelReads implements AutoCloseable {

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();

    private ParallelReads() {}

    public static ParallelReads start() {
        return new ParallelReads();
    }

    public <T> Read<T> fork(Supplier<T> read) {
        return new Read<>(threads.submit(read::get));
    }

    @Override
    public void close() {
        threads.close();
    }

    /** One read that was started; {@link #join()} waits for it. */
    public static final class Read<T> {

        private final Future<T> future;

        private Read(Future<T> future) {
            this.future = future;
        }

        public T join() {
            try {
                return future.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while reading the hub", e);
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(e.getCause());
            }
        }
    }
}
