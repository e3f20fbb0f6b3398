package org.jvirt;

import static org.jvirt.Connect.absolutePath;
import static org.jvirt.Connect.checkSaveFlags;
import static org.jvirt.Connect.denySecureOnReadOnly;
import static org.jvirt.Connect.requireArg;
import static org.jvirt.Connect.uuidArg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventId;
import org.jvirt.event.DomainEventListener;
import org.jvirt.spi.DomainCheckpointRef;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.DomainSnapshotRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * The connection-level domain calls of {@link Connect}: listing, lookup, define, restore, save images, events, bulk
 * statistics (libvirt-domain.c, libvirt-qemu.c). Split out of Connect by concern (DESIGN.md rule 11); Connect alone
 * implements it.
 */
public sealed interface ConnectDomainCalls permits Connect {

    private Connect self() {
        return (Connect) this;
    }

    private HypervisorDriver hv() {
        return self().hv();
    }

    /**
     * A handle on the domain {@code ref} names, without a lookup, for protocol layers: libvirt's daemon turns a
     * wire identity into a handle the same way (get_nonnull_domain), and the driver reports a missing domain
     * when the handle is used.
     */
    default Domain domain(DomainRef ref) {
        return new Domain(self(), Objects.requireNonNull(ref));
    }

    /** A handle on the snapshot {@code ref} names, without a lookup, for protocol layers (get_nonnull_domain_snapshot). */
    default DomainSnapshot domainSnapshot(DomainSnapshotRef ref) {
        return DomainSnapshot.of(domain(ref.domain()), ref);
    }

    /** A handle on the checkpoint {@code ref} names, without a lookup, for protocol layers (get_nonnull_domain_checkpoint). */
    default DomainCheckpoint domainCheckpoint(DomainCheckpointRef ref) {
        return DomainCheckpoint.of(domain(ref.domain()), ref);
    }

    default int[] listDomainsID() {
        return Dispatch.read(self(), "virConnectListDomains", () -> hv().connectListDomains(Integer.MAX_VALUE));
    }

    default int numOfDomains() {
        return Dispatch.read(self(), "virConnectNumOfDomains", () -> hv().connectNumOfDomains());
    }

    default List<String> listDefinedDomains() {
        return Dispatch.read(self(), "virConnectListDefinedDomains",
                () -> hv().connectListDefinedDomains(Integer.MAX_VALUE));
    }

    default int numOfDefinedDomains() {
        return Dispatch.read(self(), "virConnectNumOfDefinedDomains", () -> hv().connectNumOfDefinedDomains());
    }

    /** flags: ConnectListAllDomainsFlag. */
    default List<Domain> listAllDomains(int flags) {
        return Dispatch.read(self(), "virConnectListAllDomains", () -> wrapDomains(hv().connectListAllDomains(flags)));
    }

    default Domain domainLookupByID(int id) {
        return Dispatch.read(self(), "virDomainLookupByID", () -> {
            if (id < 0) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                        "id in virDomainLookupByID must be zero or greater", "virDomainLookupByID", "id");
            }
            return domain(hv().domainLookupByID(id));
        });
    }

    default Domain domainLookupByName(String name) {
        return Dispatch.read(self(), "virDomainLookupByName",
                () -> domain(hv().domainLookupByName(requireArg(name, "name", "virDomainLookupByName"))));
    }

    default Domain domainLookupByUUID(UUID uuid) {
        return Dispatch.read(self(), "virDomainLookupByUUID",
                () -> domain(hv().domainLookupByUUID(requireArg(uuid, "uuid", "virDomainLookupByUUID"))));
    }

    default Domain domainLookupByUUIDString(String uuid) {
        return Dispatch.read(self(), "virDomainLookupByUUIDString",
                () -> domain(hv().domainLookupByUUID(uuidArg(uuid, "virDomainLookupByUUIDString"))));
    }

    /** virDomainDefineXMLFlags: flags are DomainDefineFlag. */
    default Domain domainDefineXML(String xml, int flags) {
        // libvirt names the call the application made: the flag-less twin when no flag is given
        String fn = flags == 0 ? "virDomainDefineXML" : "virDomainDefineXMLFlags";
        return Dispatch.write(self(), fn, () -> domain(hv().domainDefineXMLFlags(requireArg(xml, "xml", fn), flags)));
    }

    /** virDomainCreateXML: starts a transient domain; flags are DomainCreateFlag. */
    default Domain domainCreateXML(String xml, int flags) {
        return Dispatch.write(self(), "virDomainCreateXML",
                () -> domain(hv().domainCreateXML(requireArg(xml, "xmlDesc", "virDomainCreateXML"), flags)));
    }

    /** virDomainRestoreFlags (dxml may be null). */
    default void restore(String path, String dxml, int flags) {
        Dispatch.write(self(), "virDomainRestoreFlags", () -> {
            String from = absolutePath(requireArg(path, "from", "virDomainRestoreFlags"));
            checkSaveFlags(flags);
            hv().domainRestoreFlags(from, dxml, flags);
        });
    }

    /** virDomainRestore: as restore(path, null, 0), but errors name virDomainRestore. */
    default void restore(String path) {
        Dispatch.write(self(), "virDomainRestore",
                () -> hv().domainRestoreFlags(absolutePath(requireArg(path, "from", "virDomainRestore")), null, 0));
    }

    private List<Domain> wrapDomains(List<DomainRef> refs) {
        List<Domain> out = new ArrayList<>(refs.size());
        for (DomainRef r : refs) {
            out.add(domain(r));
        }
        return out;
    }

    /**
     * virConnectDomainEventRegisterAny: {@code listener} receives the {@code eventId} events of {@code dom}, or
     * of every domain when {@code dom} is null, on this connection's delivery thread (no event loop to run).
     * Allowed on read-only connections, as in libvirt. Returns the id for {@link #domainEventDeregisterAny}.
     */
    default int domainEventRegisterAny(Domain dom, DomainEventId eventId, DomainEventListener listener) {
        String fn = "virConnectDomainEventRegisterAny";
        return Dispatch.read(self(), fn, () -> {
            if (dom != null && dom.getConnect() != self()) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                        "domain '" + dom.getName() + "' in " + fn + " must match connection", fn, "dom");
            }
            requireArg(listener, "cb", fn);
            requireArg(eventId, "eventID", fn);
            return hv().connectDomainEventRegisterAny(dom == null ? null : dom.ref(), eventId.value(),
                    self().domainEvents().callbackFor(listener));
        });
    }

    /**
     * virConnectDomainEventDeregisterAny: no event of that registration is delivered once this returns; an
     * unknown id is libvirt's "invalid argument: could not find event callback N for deletion".
     */
    default void domainEventDeregisterAny(int callbackId) {
        Dispatch.read(self(), "virConnectDomainEventDeregisterAny", () -> {
            hv().connectDomainEventDeregisterAny(callbackId);
            self().domainEvents().deregistered(callbackId);
            return null;
        });
    }

    /** virConnectGetAllDomainStats: stats are VIR_DOMAIN_STATS_* groups (0: all the driver has), flags filter. */
    default List<DomainStatsRecord> getAllDomainStats(int stats, int flags) {
        return Dispatch.read(self(), "virConnectGetAllDomainStats",
                () -> hv().connectGetAllDomainStats(null, stats, flags));
    }

    /** virDomainListGetStats: the domains must belong to this connection. */
    default List<DomainStatsRecord> domainListGetStats(List<Domain> doms, int stats, int flags) {
        String fn = "virDomainListGetStats";
        return Dispatch.read(self(), fn, () -> {
            requireArg(doms, "doms", fn);
            if (doms.isEmpty()) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                        "doms in " + fn + " must not be empty", fn, "doms");
            }
            List<DomainRef> refs = new java.util.ArrayList<>();
            for (Domain d : doms) {
                if (d.getConnect() != self()) {
                    throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                            "domains in " + fn + " must all belong to the same connection", fn, null);
                }
                refs.add(d.ref());
            }
            return hv().connectGetAllDomainStats(refs, stats, flags);
        });
    }

    /** virDomainSaveImageGetXMLDesc; flags: SECURE (1), refused on read-only connections as libvirt does. */
    default String saveImageGetXMLDesc(String file, int flags) {
        String fn = "virDomainSaveImageGetXMLDesc";
        return Dispatch.read(self(), fn, () -> {
            denySecureOnReadOnly(self(), flags, fn);
            return hv().domainSaveImageGetXMLDesc(absolutePath(requireArg(file, "file", fn)), flags);
        });
    }

    /** virDomainSaveImageDefineXML; flags: DomainSaveRestoreFlag RUNNING/PAUSED. */
    default void saveImageDefineXML(String file, String dxml, int flags) {
        String fn = "virDomainSaveImageDefineXML";
        Dispatch.write(self(), fn, () -> {
            String path = absolutePath(requireArg(file, "file", fn));
            requireArg(dxml, "dxml", fn);
            checkSaveFlags(flags);
            hv().domainSaveImageDefineXML(path, dxml, flags);
        });
    }

    /** virConnectDomainXMLFromNative: a write (libvirt refuses it on read-only connections). */
    default String domainXMLFromNative(String nativeFormat, String nativeConfig, int flags) {
        String fn = "virConnectDomainXMLFromNative";
        return Dispatch.write(self(), fn,
                () -> hv().connectDomainXMLFromNative(requireArg(nativeFormat, "nativeFormat", fn),
                        requireArg(nativeConfig, "nativeConfig", fn), flags));
    }

    /** virConnectDomainXMLToNative: a write (libvirt refuses it on read-only connections). */
    default String domainXMLToNative(String nativeFormat, String domainXml, int flags) {
        String fn = "virConnectDomainXMLToNative";
        return Dispatch.write(self(), fn,
                () -> hv().connectDomainXMLToNative(requireArg(nativeFormat, "nativeFormat", fn),
                        requireArg(domainXml, "domainXml", fn), flags));
    }

    /** virDomainQemuAttach (libvirt-qemu): a domain for the QEMU process {@code pid} started outside libvirt. */
    default Domain qemuAttach(int pid, int flags) {
        return Dispatch.write(self(), "virDomainQemuAttach", () -> domain(hv().domainQemuAttach(pid, flags)));
    }

    /**
     * virConnectDomainQemuMonitorEventRegister (libvirt-qemu): QMP events of {@code dom} (null: all domains) named
     * {@code event} (null: all; flags 1 REGEX, 2 NOCASE). Allowed on read-only connections.
     */
    default int domainQemuMonitorEventRegister(Domain dom, String event, org.jvirt.event.QemuMonitorEventListener listener,
                                               int flags) {
        String fn = "virConnectDomainQemuMonitorEventRegister";
        return Dispatch.read(self(), fn,
                () -> hv().connectDomainQemuMonitorEventRegister(dom == null ? null : dom.ref(),
                        event, requireArg(listener, "cb", fn), flags));
    }
}
