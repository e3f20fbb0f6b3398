package org.jvirt;

/** virDomainState; values are libvirt's. */
public enum DomainState {
    NOSTATE, RUNNING, BLOCKED, PAUSED, SHUTDOWN, SHUTOFF, CRASHED, PMSUSPENDED;

    public int value() {
        return ordinal();
    }

    public static DomainState of(int value) {
        return value >= 0 && value < values().length ? values()[value] : NOSTATE;
    }
}
