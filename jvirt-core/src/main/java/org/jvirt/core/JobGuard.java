package org.jvirt.core;

/** A running job on one domain; closing it ends the job and wakes the next waiter. */
public final class JobGuard implements AutoCloseable {

    private final DomainJobs owner;
    private final DomainObj obj;
    private final DomainJob job;
    private boolean ended;

    JobGuard(DomainJobs owner, DomainObj obj, DomainJob job) {
        this.owner = owner;
        this.obj = obj;
        this.job = job;
    }

    public DomainObj obj() {
        return obj;
    }

    public DomainJob job() {
        return job;
    }

    @Override
    public void close() {
        if (!ended) {
            ended = true;
            owner.end(obj, this);
        }
    }
}
