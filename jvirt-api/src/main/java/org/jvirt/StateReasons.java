package org.jvirt;

import java.util.List;

/**
 * The reason enums of each domain state (libvirt's virDomain*Reason), as the lower-case words virsh prints
 * for {@code domstate --reason}. Index = libvirt's number.
 */
public final class StateReasons {

    private static final List<String> NOSTATE = List.of("unknown");
    private static final List<String> RUNNING = List.of("unknown", "booted", "migrated", "restored",
            "from snapshot", "unpaused", "migration canceled", "save canceled", "event wakeup", "crashed",
            "post-copy", "post-copy failed");
    private static final List<String> BLOCKED = List.of("unknown");
    private static final List<String> PAUSED = List.of("unknown", "user", "migrating", "saving", "dumping",
            "I/O error", "watchdog", "from snapshot", "shutting down", "creating snapshot", "crashed",
            "starting up", "post-copy", "post-copy failed", "api error");
    private static final List<String> SHUTDOWN = List.of("unknown", "user");
    private static final List<String> SHUTOFF = List.of("unknown", "shutdown", "destroyed", "crashed",
            "migrated", "saved", "failed", "from snapshot", "daemon");
    private static final List<String> CRASHED = List.of("unknown", "panicked");
    private static final List<String> PMSUSPENDED = List.of("unknown");

    private StateReasons() {
    }

    /** virsh's word for a reason of a state, or "unknown" for a number this build does not know. */
    public static String name(DomainState state, int reason) {
        List<String> names = switch (state) {
            case NOSTATE -> NOSTATE;
            case RUNNING -> RUNNING;
            case BLOCKED -> BLOCKED;
            case PAUSED -> PAUSED;
            case SHUTDOWN -> SHUTDOWN;
            case SHUTOFF -> SHUTOFF;
            case CRASHED -> CRASHED;
            case PMSUSPENDED -> PMSUSPENDED;
        };
        return reason >= 0 && reason < names.size() ? names.get(reason) : "unknown";
    }
}
