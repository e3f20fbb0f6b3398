package org.jvirt.core;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * An undo stack (DESIGN P9): each side effect registers its inverse the moment it happened; closing without
 * {@link #commit()} runs the inverses newest first. Undo failures never hide the error that caused the
 * rollback: they are collected ({@link #failures()}) and attached as suppressed to nothing, so the caller's
 * exception stays the one reported. Not thread-safe: one start (or hotplug) owns one Rollback.
 *
 * <pre>{@code
 * try (Rollback rb = new Rollback()) {
 *     Files.createDirectory(dir);
 *     rb.add("remove " + dir, () -> Files.deleteIfExists(dir));
 *     ...
 *     rb.commit();
 * }
 * }</pre>
 */
public final class Rollback implements AutoCloseable {

    /** An inverse action; may throw, the next ones still run. */
    @FunctionalInterface
    public interface Undo {
        void run() throws Exception;
    }

    private record Entry(String what, Undo undo) {
    }

    private static final System.Logger LOG = System.getLogger(Rollback.class.getName());

    private final Deque<Entry> stack = new ArrayDeque<>();
    private final List<Exception> failures = new ArrayList<>();
    private boolean done;

    /** Registers the inverse of a side effect that has just happened; {@code what} names it in logs. */
    public void add(String what, Undo undo) {
        if (done) {
            throw new IllegalStateException("rollback already finished");
        }
        stack.push(new Entry(what, undo));
    }

    /** Keeps every side effect: nothing is undone on close. */
    public void commit() {
        done = true;
        stack.clear();
    }

    /** Number of registered inverses still pending. */
    public int size() {
        return stack.size();
    }

    /** Undo actions that threw during the rollback, in the order they ran. */
    public List<Exception> failures() {
        return List.copyOf(failures);
    }

    /** Runs every pending inverse, newest first, unless committed. Never throws. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        while (!stack.isEmpty()) {
            Entry e = stack.pop();
            try {
                e.undo.run();
            } catch (Exception ex) {
                failures.add(ex);
                LOG.log(System.Logger.Level.WARNING, "rollback step failed: " + e.what, ex);
            }
        }
    }
}
