package org.jvirt.event;

import java.util.List;

/**
 * The detail of a lifecycle event: one enum per {@link DomainEventType} (libvirt's virDomainEventDefinedDetailType,
 * virDomainEventStartedDetailType, ...), each constant with libvirt's number and the word virsh prints. A sealed
 * interface rather than one flat enum because the numbers restart at 0 for every type.
 */
public sealed interface DomainEventDetail {

    /** libvirt's number within its type: every detail enum lists its constants in libvirt's order. */
    default int value() {
        return ordinal();
    }

    /** Provided by the enums. */
    int ordinal();

    /** The word {@code virsh event} prints after the type word. */
    String virshName();

    /** The event type this detail belongs to. */
    DomainEventType type();

    enum Defined implements DomainEventDetail {
        ADDED("Added"), UPDATED("Updated"), RENAMED("Renamed"), FROM_SNAPSHOT("Snapshot");

        private final String word;

        Defined(String word) {
            this.word = word;
        }

        public String virshName() {
            return word;
        }

        public DomainEventType type() {
            return DomainEventType.DEFINED;
        }
    }

    enum Undefined implements DomainEventDetail {
        REMOVED("Removed"), RENAMED("Renamed");

        private final String word;

        Undefined(String word) {
            this.word = word;
        }

        public String virshName() {
            return word;
        }

        public DomainEventType type() {
            return DomainEventType.UNDEFINED;
        }
    }

    enum Started implements DomainEventDetail {
        BOOTED("Booted"), MIGRATED("Migrated"), RESTORED("Restored"), FROM_SNAPSHOT("Snapshot"), WAKEUP("Event wakeup");

        private final String word;

        Started(String word) {
            this.word = word;
        }

        public String virshName() {
            return word;
        }

        public DomainEventType type() {
            return DomainEventType.STARTED;
        }
    }

    enum Suspended implements DomainEventDetail {
        PAUSED("Paused"), MIGRATED("Migrated"), IOERROR("I/O Error"), WATCHDOG("Watchdog"), RESTORED("Restored"),
        FROM_SNAPSHOT("Snapshot"), API_ERROR("API error"), POSTCOPY("Post-copy"), POSTCOPY_FAILED("Post-copy Error");

        private final String word;

        Suspended(String word) {
            this.word = word;
        }

        public String virshName() {
            return word;
        }

        public DomainEventType type() {
            return DomainEventType.SUSPENDED;
        }
    }

    enum Resumed implements DomainEventDetail {
        UNPAUSED("Unpaused"), MIGRATED("Migrated"), FROM_SNAPSHOT("Snapshot"), POSTCOPY("Post-copy"),
        POSTCOPY_FAILED("Post-copy Error");

        private final String word;

        Resumed(String word) {
            this.word = word;
        }

        public String virshName() {
            return word;
        }

        public DomainEventType type() {
            return DomainEventType.RESUMED;
        }
    }

    enum Stopped implements DomainEventDetail {
        SHUTDOWN("Shutdown"), DESTROYED("Destroyed"), CRASHED("Crashed"), MIGRATED("Migrated"), SAVED("Saved"),
        FAILED("Failed"), FROM_SNAPSHOT("Snapshot");

        private final String word;

        Stopped(String word) {
            this.word = word;
        }

        public String virshName() {
            return word;
        }

        public DomainEventType type() {
            return DomainEventType.STOPPED;
        }
    }

    enum Shutdown implements DomainEventDetail {
        FINISHED("Finished"), GUEST("Finished after guest request"), HOST("Finished after host request");

        private final String word;

        Shutdown(String word) {
            this.word = word;
        }

        public String virshName() {
            return word;
        }

        public DomainEventType type() {
            return DomainEventType.SHUTDOWN;
        }
    }

    enum PMSuspended implements DomainEventDetail {
        MEMORY("Memory"), DISK("Disk");

        private final String word;

        PMSuspended(String word) {
            this.word = word;
        }

        public String virshName() {
            return word;
        }

        public DomainEventType type() {
            return DomainEventType.PMSUSPENDED;
        }
    }

    enum Crashed implements DomainEventDetail {
        PANICKED("Panicked"), CRASHLOADED("Crashloaded");

        private final String word;

        Crashed(String word) {
            this.word = word;
        }

        public String virshName() {
            return word;
        }

        public DomainEventType type() {
            return DomainEventType.CRASHED;
        }
    }

    /** The detail constant for (type, number), or null when this build does not know the number. */
    static DomainEventDetail of(DomainEventType type, int detail) {
        List<? extends DomainEventDetail> all = switch (type) {
            case DEFINED -> List.of(Defined.values());
            case UNDEFINED -> List.of(Undefined.values());
            case STARTED -> List.of(Started.values());
            case SUSPENDED -> List.of(Suspended.values());
            case RESUMED -> List.of(Resumed.values());
            case STOPPED -> List.of(Stopped.values());
            case SHUTDOWN -> List.of(Shutdown.values());
            case PMSUSPENDED -> List.of(PMSuspended.values());
            case CRASHED -> List.of(Crashed.values());
        };
        return detail >= 0 && detail < all.size() ? all.get(detail) : null;
    }
}
