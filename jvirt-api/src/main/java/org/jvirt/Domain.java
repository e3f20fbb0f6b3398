package org.jvirt;

import java.util.Objects;
import java.util.UUID;
import org.jvirt.spi.DomainRef;

/**
 * A handle on a domain (libvirt's virDomain): the connection plus name, UUID and the ID it had when looked up
 * (-1 when inactive). Every method goes through {@link Dispatch}; the driver finds the live object by UUID.
 * This file holds the identity, lifecycle and configuration calls; the other families live in the
 * {@code Domain*Calls} interfaces it implements, so each file stays small.
 */
public final class Domain implements DomainSaveCalls, DomainResourceCalls, DomainDeviceCalls, DomainMonitorCalls,
        DomainTuningCalls, DomainGuestCalls, DomainJobCalls, DomainMomentCalls {

    private final Connect conn;
    private final DomainRef ref;

    Domain(Connect conn, DomainRef ref) {
        this.conn = Objects.requireNonNull(conn);
        this.ref = Objects.requireNonNull(ref);
    }

    @Override
    public Connect getConnect() {
        return conn;
    }

    public String getName() {
        return ref.name();
    }

    public UUID getUUID() {
        return ref.uuid();
    }

    public String getUUIDString() {
        return ref.uuid().toString();
    }

    /** The ID when the handle was obtained, -1 for an inactive domain (virDomainGetID returns (unsigned)-1). */
    public int getID() {
        return ref.id();
    }

    /** The identity the drivers see; for protocol layers. */
    @Override
    public DomainRef ref() {
        return ref;
    }

    public void create() {
        create(0);
    }

    /** virDomainCreateWithFlags: flags are DomainCreateFlag. */
    public void create(int flags) {
        Dispatch.write(conn, "virDomainCreateWithFlags", () -> conn.hv().domainCreateWithFlags(ref, flags));
    }

    /** virDomainShutdown: as shutdown(0), but errors name virDomainShutdown the way libvirt's own entry point does. */
    public void shutdown() {
        Dispatch.write(conn, "virDomainShutdown", () -> conn.hv().domainShutdownFlags(ref, 0));
    }

    public void shutdown(int flags) {
        Dispatch.write(conn, "virDomainShutdownFlags", () -> conn.hv().domainShutdownFlags(ref, flags));
    }

    public void reboot(int flags) {
        Dispatch.write(conn, "virDomainReboot", () -> conn.hv().domainReboot(ref, flags));
    }

    public void reset(int flags) {
        Dispatch.write(conn, "virDomainReset", () -> conn.hv().domainReset(ref, flags));
    }

    /** virDomainDestroy: as destroy(0), but errors name virDomainDestroy the way libvirt's own entry point does. */
    public void destroy() {
        Dispatch.write(conn, "virDomainDestroy", () -> conn.hv().domainDestroyFlags(ref, 0));
    }

    public void destroy(int flags) {
        Dispatch.write(conn, "virDomainDestroyFlags", () -> conn.hv().domainDestroyFlags(ref, flags));
    }

    public void suspend() {
        Dispatch.write(conn, "virDomainSuspend", () -> conn.hv().domainSuspend(ref));
    }

    public void resume() {
        Dispatch.write(conn, "virDomainResume", () -> conn.hv().domainResume(ref));
    }

    public DomainInfo getInfo() {
        return Dispatch.read(conn, "virDomainGetInfo", () -> conn.hv().domainGetInfo(ref));
    }

    public DomainStateReason getState(int flags) {
        return Dispatch.read(conn, "virDomainGetState", () -> conn.hv().domainGetState(ref, flags));
    }

    public String getOSType() {
        return Dispatch.read(conn, "virDomainGetOSType", () -> conn.hv().domainGetOSType(ref));
    }

    /**
     * virDomainGetXMLDesc: flags are DomainXMLFlag. SECURE is refused on read-only connections, as libvirt does.
     */
    public String getXMLDesc(int flags) {
        String fn = "virDomainGetXMLDesc";
        return Dispatch.read(conn, fn, () -> {
            Connect.denySecureOnReadOnly(conn, flags, fn);
            return conn.hv().domainGetXMLDesc(ref, flags);
        });
    }

    public boolean getAutostart() {
        return Dispatch.read(conn, "virDomainGetAutostart", () -> conn.hv().domainGetAutostart(ref));
    }

    public void setAutostart(boolean autostart) {
        Dispatch.write(conn, "virDomainSetAutostart", () -> conn.hv().domainSetAutostart(ref, autostart));
    }

    public void undefine(int flags) {
        Dispatch.write(conn, "virDomainUndefineFlags", () -> conn.hv().domainUndefineFlags(ref, flags));
    }

    public boolean isActive() {
        return Dispatch.read(conn, "virDomainIsActive", () -> conn.hv().domainIsActive(ref));
    }

    public boolean isPersistent() {
        return Dispatch.read(conn, "virDomainIsPersistent", () -> conn.hv().domainIsPersistent(ref));
    }

    public boolean isUpdated() {
        return Dispatch.read(conn, "virDomainIsUpdated", () -> conn.hv().domainIsUpdated(ref));
    }

    /** virDomainGetMetadata: type 0 description, 1 title, 2 element (with uri). */
    public String getMetadata(int type, String uri, int flags) {
        return Dispatch.read(conn, "virDomainGetMetadata", () -> conn.hv().domainGetMetadata(ref, type, uri, flags));
    }

    public void setMetadata(int type, String metadata, String key, String uri, int flags) {
        Dispatch.write(conn, "virDomainSetMetadata", () -> conn.hv().domainSetMetadata(ref, type, metadata, key, uri, flags));
    }

    /** virDomainRename: the handle returned carries the new name (this one keeps the old). */
    public Domain rename(String newName, int flags) {
        String fn = "virDomainRename";
        return Dispatch.write(conn, fn, () -> conn.domain(
                conn.hv().domainRename(ref, Connect.requireArg(newName, "new_name", fn), flags)));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Domain d && d.conn == conn && d.ref.uuid().equals(ref.uuid());
    }

    @Override
    public int hashCode() {
        return ref.uuid().hashCode();
    }

    @Override
    public String toString() {
        return "Domain[" + ref.name() + "]";
    }
}
