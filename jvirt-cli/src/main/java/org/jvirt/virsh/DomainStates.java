package org.jvirt.virsh;

import org.jvirt.Domain;
import org.jvirt.DomainState;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;

/** virsh's words for domain states, and the shared description/title lookup. */
public final class DomainStates {

    private DomainStates() {
    }

    /** virshDomainStateToString. */
    public static String name(DomainState s) {
        return switch (s) {
            case RUNNING -> "running";
            case BLOCKED -> "idle";
            case PAUSED -> "paused";
            case SHUTDOWN -> "in shutdown";
            case SHUTOFF -> "shut off";
            case CRASHED -> "crashed";
            case PMSUSPENDED -> "pmsuspended";
            case NOSTATE -> "no state";
        };
    }

    /** virshGetDomainDescription: the title (type 1) or description (0), empty when there is none. */
    public static String description(Domain dom, boolean title, int flags) {
        try {
            String s = dom.getMetadata(title ? 1 : 0, null, flags);
            return s == null ? "" : s;
        } catch (VirtException e) {
            if (e.code() == ErrorCode.NO_DOMAIN_METADATA) {
                return "";
            }
            throw e;
        }
    }
}
