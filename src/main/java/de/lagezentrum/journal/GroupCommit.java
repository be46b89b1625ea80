package de.lagezentrum.journal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Appends to one chain that arrive while another is being written wait for it and are then written
 * together, by one of them, in one transaction: the chain's head is locked once for all of them, not
 * once each. Without this every append of a staff waits for the previous one's whole transaction (the
 * lock is held until its commit), so more writers on one staff add waiting, not throughput.
 *
 * <p>Within one JVM a lane per chain lets one caller at a time lead: it takes what is queued (its own
 * append among it) and writes it; the others wait for their results or for the lane to become free.
 * A leader writes one batch and returns, so nobody serves others' appends for longer than its own
 * takes. Across instances the head's row lock still orders the batches.
 *
 * @param <K> what identifies a chain
 */
final class GroupCommit<K> {

    /** Most appends written by one transaction. */
    static final int MAX_BATCH = 32;

    private final Map<K, Lane> lanes = new ConcurrentHashMap<>();

    /**
     * Writes the append (alone or with others queued for the same chain) and returns its result.
     *
     * @param write writes a batch in one transaction and completes each of its appends; it must complete
     *        every append it is given, whatever happens
     */
    <T> T submit(K chain, Pending<T> pending, Consumer<List<? extends Pending<?>>> write) {
        // The lane lives while a caller uses it: one per chain being written, not one per staff ever.
        Lane lane = lanes.compute(chain, (key, existing) -> {
            Lane used = existing == null ? new Lane() : existing;
            used.callers++;
            return used;
        });
        synchronized (lane) {
            lane.queue.add(pending);
        }
        boolean interrupted = false;
        try {
            while (true) {
                List<Pending<?>> batch = new ArrayList<>();
                synchronized (lane) {
                    while (!pending.isDone() && lane.leading) {
                        try {
                            lane.wait();
                        }
                        catch (InterruptedException e) {
                            // The append is queued and will be written; its caller learns the outcome.
                            interrupted = true;
                        }
                    }
                    if (pending.isDone()) {
                        return pending.result();
                    }
                    // Only leaders take from the queue and each completes what it took before it lets
                    // go: an append not done is still queued.
                    lane.leading = true;
                    while (batch.size() < MAX_BATCH && !lane.queue.isEmpty()) {
                        batch.add(lane.queue.poll());
                    }
                }
                try {
                    write.accept(batch);
                }
                finally {
                    for (Pending<?> taken : batch) {
                        taken.failIfOpen();
                    }
                    synchronized (lane) {
                        lane.leading = false;
                        lane.notifyAll();
                    }
                }
            }
        }
        finally {
            lanes.computeIfPresent(chain, (key, used) -> --used.callers == 0 ? null : used);
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Whether the chain has a lane now (for tests): not once every caller has its result. */
    boolean hasLane(K chain) {
        return lanes.containsKey(chain);
    }

    /** How many appends wait for the chain, not yet taken by a leader (for tests). */
    int queued(K chain) {
        Lane lane = lanes.get(chain);
        if (lane == null) {
            return 0;
        }
        synchronized (lane) {
            return lane.queue.size();
        }
    }

    /** The appends waiting for one chain, and whether one of their callers is writing. */
    private static final class Lane {

        final Queue<Pending<?>> queue = new ArrayDeque<>();

        boolean leading;

        /** Callers between entering and leaving {@link #submit}; changed only inside the map's compute. */
        int callers;
    }

    /**
     * One caller's append and, once written or refused, its outcome. Completed by the leader's thread,
     * read by the caller's after the lane's monitor handed it over.
     *
     * @param <T> the result
     */
    abstract static class Pending<T> {

        private volatile boolean done;

        private @Nullable T result;

        private @Nullable RuntimeException failure;

        final boolean isDone() {
            return done;
        }

        final void complete(T value) {
            result = value;
            done = true;
        }

        final void fail(RuntimeException e) {
            failure = e;
            done = true;
        }

        final void failIfOpen() {
            if (!done) {
                fail(new IllegalStateException("Journal append was not written"));
            }
        }

        final T result() {
            if (failure != null) {
                throw failure;
            }
            return Objects.requireNonNull(result);
        }
    }
}
