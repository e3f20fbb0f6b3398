package org.jvirt.event;

import java.util.List;

/**
 * The kinds of domain event one can register for (libvirt's virDomainEventID), with libvirt 9.0's numbers
 * ({@link #value()}, the protocol's eventID) and the names {@code virsh event --list} prints. jvirt delivers
 * {@link #LIFECYCLE}, {@link #REBOOT} and {@link #METADATA_CHANGE} so far; registering any other id is accepted by drivers that emit it.
 */
public enum DomainEventId {
    LIFECYCLE("lifecycle"),
    REBOOT("reboot"),
    RTC_CHANGE("rtc-change"),
    WATCHDOG("watchdog"),
    IO_ERROR("io-error"),
    GRAPHICS("graphics"),
    IO_ERROR_REASON("io-error-reason"),
    CONTROL_ERROR("control-error"),
    BLOCK_JOB("block-job"),
    DISK_CHANGE("disk-change"),
    TRAY_CHANGE("tray-change"),
    PMWAKEUP("pm-wakeup"),
    PMSUSPEND("pm-suspend"),
    BALLOON_CHANGE("balloon-change"),
    PMSUSPEND_DISK("pm-suspend-disk"),
    DEVICE_REMOVED("device-removed"),
    BLOCK_JOB_2("block-job-2"),
    TUNABLE("tunable"),
    AGENT_LIFECYCLE("agent-lifecycle"),
    DEVICE_ADDED("device-added"),
    MIGRATION_ITERATION("migration-iteration"),
    JOB_COMPLETED("job-completed"),
    DEVICE_REMOVAL_FAILED("device-removal-failed"),
    METADATA_CHANGE("metadata-change"),
    BLOCK_THRESHOLD("block-threshold"),
    MEMORY_FAILURE("memory-failure"),
    MEMORY_DEVICE_SIZE_CHANGE("memory-device-size-change");

    private static final List<DomainEventId> BY_VALUE = List.of(values());

    private final String virshName;

    DomainEventId(String virshName) {
        this.virshName = virshName;
    }

    /** libvirt's number; the declaration order is libvirt's, so it is the ordinal. */
    public int value() {
        return ordinal();
    }

    /** The name {@code virsh event --event NAME} takes. */
    public String virshName() {
        return virshName;
    }

    /** The id of a libvirt number, or null for one this build does not know (a newer peer). */
    public static DomainEventId ofValue(int value) {
        return value >= 0 && value < BY_VALUE.size() ? BY_VALUE.get(value) : null;
    }

    /** The id of a virsh name, or null. */
    public static DomainEventId ofVirshName(String name) {
        for (DomainEventId id : BY_VALUE) {
            if (id.virshName.equals(name)) {
                return id;
            }
        }
        return null;
    }
}
