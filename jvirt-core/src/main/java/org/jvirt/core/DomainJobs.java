package org.jvirt.core;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * Per-domain jobs (DESIGN P8, libvirt's virDomainObjBeginJob): at most one job per domain at a time; others
 * wait up to a deadline and then fail as libvirt does ("cannot acquire state change lock"). A job is taken
 * WITHOUT the domain object's lock held (waiting may take long) and spans monitor I/O, while the object lock
 * is only taken for the short state reads and updates around it.
 *
 * <pre>{@code
 * try (JobGuard job = jobs.begin(obj, DomainJob.SUSPEND)) {
 *     obj.lock(); check state; obj.unlock();
 *     monitor.stop();                       // no object lock here
 *     obj.lock(); set state, raise event; obj.unlock();
 * }
 * }</pre>
 */
public final class DomainJobs {

    /** libvirt's QEMU_JOB_WAIT_TIME. */
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(30);

    private record Holder(JobGuard guard, String thread) {
    }

    private final Map<UUID, Holder> active = new HashMap<>(); // guarded by this
    private final Duration wait;

    public DomainJobs() {
        this(DEFAULT_WAIT);
    }

    public DomainJobs(Duration wait) {
        this.wait = wait;
    }

    /**
     * Starts {@code job} on {@code obj}, waiting for a running job to end; fails with OPERATION_TIMEOUT after
     * the deadline. Whether the domain was removed or stopped meanwhile is the caller's check, made after
     * taking the object lock.
     */
    public JobGuard begin(DomainObj obj, DomainJob job) {
        if (obj.isLockedByCurrentThread()) {
            throw new IllegalStateException("begin a job before taking the object lock, never while holding it");
        }
        long deadline = System.nanoTime() + wait.toNanos();
        synchronized (this) {
            Holder h;
            while ((h = active.get(obj.uuid())) != null) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw VirtException.of(ErrorCode.OPERATION_TIMEOUT, ErrorDomain.NONE,
                            "cannot acquire state change lock (held by %s=%s)", h.guard.job().label(), h.thread);
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw VirtException.of(ErrorCode.OPERATION_ABORTED, ErrorDomain.NONE, "interrupted while waiting for a job");
                }
            }
            JobGuard g = new JobGuard(this, obj, job);
            active.put(obj.uuid(), new Holder(g, Thread.currentThread().getName()));
            return g;
        }
    }

    /** The job now running on the domain, or null. */
    public synchronized DomainJob current(DomainObj obj) {
        Holder h = active.get(obj.uuid());
        return h == null ? null : h.guard.job();
    }

    synchronized void end(DomainObj obj, JobGuard guard) {
        Holder h = active.get(obj.uuid());
        if (h != null && h.guard == guard) {
            active.remove(obj.uuid());
            notifyAll();
        }
    }
}
