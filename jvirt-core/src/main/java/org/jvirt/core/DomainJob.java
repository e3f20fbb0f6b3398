package org.jvirt.core;

/**
 * The kinds of per-domain job (libvirt's virDomainJob): one runs at a time per domain. The names are what the
 * "cannot acquire state change lock" error and logs show.
 */
public enum DomainJob {
    /** Reads state through the monitor (info, stats). */
    QUERY("query"),
    /** Kills the domain. */
    DESTROY("destroy"),
    /** Pauses or resumes vCPUs. */
    SUSPEND("suspend"),
    /** Any other change: start, shutdown, define-time updates, hotplug. */
    MODIFY("modify");

    private final String label;

    DomainJob(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
