package org.jvirt.conf.snapshot;

/** virDomainSnapshotState: virDomainState's values plus disk-snapshot (8). */
public enum SnapshotState {
    NOSTATE("nostate"), RUNNING("running"), BLOCKED("blocked"), PAUSED("paused"), SHUTDOWN("shutdown"),
    SHUTOFF("shutoff"), CRASHED("crashed"), PMSUSPENDED("pmsuspended"), DISK_SNAPSHOT("disk-snapshot");

    private final String xml;

    SnapshotState(String xml) {
        this.xml = xml;
    }

    public String xml() {
        return xml;
    }

    public int value() {
        return ordinal();
    }

    /** The snapshot state of a domain in virDomainState {@code state}: the numbers are the same. */
    public static SnapshotState ofDomainState(int state) {
        return values()[state];
    }

    /** TypeFromString: null when unknown. */
    static SnapshotState parse(String s) {
        for (SnapshotState st : values()) {
            if (st.xml.equals(s)) {
                return st;
            }
        }
        return null;
    }

    /** Running or paused: a snapshot with memory state (libvirt's "online"). */
    public boolean online() {
        return this == RUNNING || this == PAUSED;
    }
}
