package org.jvirt.event;

import java.util.List;

/**
 * What a lifecycle event reports (libvirt's virDomainEventType), with libvirt's numbers and the words virsh
 * prints ({@code event 'lifecycle' for domain 'd': Started Booted}).
 */
public enum DomainEventType {
    DEFINED("Defined"),
    UNDEFINED("Undefined"),
    STARTED("Started"),
    SUSPENDED("Suspended"),
    RESUMED("Resumed"),
    STOPPED("Stopped"),
    SHUTDOWN("Shutdown"),
    PMSUSPENDED("PMSuspended"),
    CRASHED("Crashed");

    private static final List<DomainEventType> BY_VALUE = List.of(values());

    private final String virshName;

    DomainEventType(String virshName) {
        this.virshName = virshName;
    }

    public int value() {
        return ordinal();
    }

    public String virshName() {
        return virshName;
    }

    /** The type of a libvirt number, or null for one this build does not know. */
    public static DomainEventType ofValue(int value) {
        return value >= 0 && value < BY_VALUE.size() ? BY_VALUE.get(value) : null;
    }

    /** The detail enum constant of this type for a libvirt number, or null when unknown. */
    public DomainEventDetail detail(int detail) {
        return DomainEventDetail.of(this, detail);
    }

    /** virsh's word for a detail of this type; "unknown" for a number this build does not know, as virsh says. */
    public String detailName(int detail) {
        DomainEventDetail d = detail(detail);
        return d == null ? "unknown" : d.virshName();
    }
}
