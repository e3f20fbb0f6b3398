package org.jvirt;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtError;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventId;
import org.jvirt.event.DomainEventListener;
import org.jvirt.flags.ConnectFlag;
import org.jvirt.spi.ConnectDriver;
import org.jvirt.spi.ConnectUri;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;
import org.jvirt.spi.NetworkDriver;
import org.jvirt.spi.NetworkRef;
import org.jvirt.spi.Unsupported;

/**
 * A connection to a hypervisor (libvirt's virConnect). Every method goes through {@link Dispatch}; nothing else
 * happens here.
 */
public final class Connect implements AutoCloseable {

    /** The libvirt version this API follows, as virConnectGetLibVersion encodes it (major*1,000,000+minor*1,000+micro). */
    public static final long LIB_VERSION = 9_000_000L;

    private final ConnectDriver driver;
    private final String uri;
    private final boolean readOnly;
    private volatile boolean closed;
    private volatile VirtError lastError;
    private volatile ErrorListener errorListener;
    private final EventThread eventThread = new EventThread();
    private final EventDelivery events = new EventDelivery(this, eventThread);
    private final ObjectEvents nodeDeviceEvents = new ObjectEvents("jvirt-events", eventThread);
    private final ObjectEvents networkEvents = new ObjectEvents("jvirt-events", eventThread);
    private final ObjectEvents poolEvents = new ObjectEvents("jvirt-events", eventThread);

    private Connect(ConnectDriver driver, String uri, boolean readOnly) {
        this.driver = driver;
        this.uri = uri;
        this.readOnly = readOnly;
    }

    /** virConnectOpen: null means the default URI. */
    public static Connect open(String uri) {
        return open(uri, 0);
    }

    /** virConnectOpenReadOnly. */
    public static Connect openReadOnly(String uri) {
        return open(uri, ConnectFlag.RO.value());
    }

    /** virConnectOpenAuth without credentials: flags are virConnectFlags. */
    public static Connect open(String uri, int flags) {
        Errors.resetLastError();
        try {
            String text = uri == null || uri.isEmpty() ? Drivers.defaultUri() : uri;
            ConnectUri parsed = ConnectUri.parse(text);
            ConnectDriver d = Drivers.open(parsed, flags);
            return new Connect(d, text, (flags & ConnectFlag.RO.value()) != 0);
        } catch (VirtException e) {
            Dispatch.raise(null, e.error());
            throw e;
        }
    }

    HypervisorDriver hv() {
        return driver.hypervisor();
    }

    NetworkDriver net() {
        return driver.network();
    }

    org.jvirt.spi.StorageDriver storage() {
        return driver.storage();
    }

    org.jvirt.spi.SecretDriver secret() {
        return driver.secret();
    }

    org.jvirt.spi.NWFilterDriver nwfilter() {
        return driver.nwfilter();
    }

    boolean isClosed() {
        return closed;
    }

    public boolean isReadOnly() {
        return readOnly;
    }

    void recordError(VirtError error) {
        lastError = error;
    }

    ErrorListener errorListener() {
        return errorListener;
    }

    /** virConnGetLastError. */
    public VirtError lastError() {
        return lastError;
    }

    /** virConnResetLastError. */
    public void resetLastError() {
        lastError = null;
    }

    /** virConnSetErrorFunc: this connection's listener takes precedence over the global one; null removes it. */
    public void setErrorListener(ErrorListener listener) {
        errorListener = listener;
    }

    /** virConnectClose. Closing twice is harmless. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            driver.close();
            eventThread.stop();
        }
    }

    /**
     * A handle on the domain {@code ref} names, without a lookup, for protocol layers: libvirt's daemon turns a
     * wire identity into a handle the same way (get_nonnull_domain), and the driver reports a missing domain
     * when the handle is used.
     */
    public Domain domain(DomainRef ref) {
        return new Domain(this, java.util.Objects.requireNonNull(ref));
    }

    /** A handle on the network {@code ref} names, without a lookup, for protocol layers (get_nonnull_network). */
    public Network network(NetworkRef ref) {
        return new Network(this, java.util.Objects.requireNonNull(ref));
    }

    /** A handle on the snapshot {@code ref} names, without a lookup, for protocol layers (get_nonnull_domain_snapshot). */
    public DomainSnapshot domainSnapshot(org.jvirt.spi.DomainSnapshotRef ref) {
        return DomainSnapshot.of(domain(ref.domain()), ref);
    }

    /** A handle on the checkpoint {@code ref} names, without a lookup, for protocol layers (get_nonnull_domain_checkpoint). */
    public DomainCheckpoint domainCheckpoint(org.jvirt.spi.DomainCheckpointRef ref) {
        return DomainCheckpoint.of(domain(ref.domain()), ref);
    }

    /** A handle on the pool {@code ref} names, without a lookup, for protocol layers (get_nonnull_storage_pool). */
    public StoragePool storagePool(org.jvirt.spi.StoragePoolRef ref) {
        return new StoragePool(this, java.util.Objects.requireNonNull(ref));
    }

    /** A handle on the volume {@code ref} names, without a lookup, for protocol layers (get_nonnull_storage_vol). */
    public StorageVol storageVol(org.jvirt.spi.StorageVolRef ref) {
        return new StorageVol(this, java.util.Objects.requireNonNull(ref));
    }

    // ---- connection ----

    public String getType() {
        return Dispatch.read(this, "virConnectGetType", () -> hv().connectGetType());
    }

    public long getVersion() {
        return Dispatch.read(this, "virConnectGetVersion", () -> hv().connectGetVersion());
    }

    public long getLibVersion() {
        return Dispatch.read(this, "virConnectGetLibVersion", () -> LIB_VERSION);
    }

    public String getHostname() {
        return Dispatch.read(this, "virConnectGetHostname", () -> hv().connectGetHostname());
    }

    public String getURI() {
        return Dispatch.read(this, "virConnectGetURI", () -> uri);
    }

    public String getSysinfo(int flags) {
        return Dispatch.read(this, "virConnectGetSysinfo", () -> hv().connectGetSysinfo(flags));
    }

    public int getMaxVcpus(String type) {
        return Dispatch.read(this, "virConnectGetMaxVcpus", () -> hv().connectGetMaxVcpus(type));
    }

    public String getCapabilities() {
        return Dispatch.read(this, "virConnectGetCapabilities", () -> hv().connectGetCapabilities());
    }

    /**
     * virConnectGetDomainCapabilities: what the hypervisor offers for one emulator/arch/machine/virttype (each
     * may be null for the driver's default), as domain capabilities XML.
     */
    public String getDomainCapabilities(String emulatorbin, String arch, String machine, String virttype, int flags) {
        return Dispatch.read(this, "virConnectGetDomainCapabilities",
                () -> hv().connectGetDomainCapabilities(emulatorbin, arch, machine, virttype, flags));
    }

    public boolean isAlive() {
        return !closed && Dispatch.read(this, "virConnectIsAlive", () -> hv().connectIsAlive());
    }

    public boolean isSecure() {
        return Dispatch.read(this, "virConnectIsSecure", () -> hv().connectIsSecure());
    }

    public boolean isEncrypted() {
        return Dispatch.read(this, "virConnectIsEncrypted", () -> hv().connectIsEncrypted());
    }

    // ---- node ----

    public NodeInfo nodeGetInfo() {
        return Dispatch.read(this, "virNodeGetInfo", () -> hv().nodeGetInfo());
    }

    public NodeCPUMap nodeGetCPUMap(int flags) {
        return Dispatch.read(this, "virNodeGetCPUMap", () -> hv().nodeGetCPUMap(flags));
    }

    /** Free memory of the node in bytes (libvirt's test driver answers with a KiB figure; we return what it does). */
    public long nodeGetFreeMemory() {
        return Dispatch.read(this, "virNodeGetFreeMemory", () -> hv().nodeGetFreeMemory());
    }

    /** Free memory in bytes of cells startCell .. startCell+maxCells-1. */
    public long[] nodeGetCellsFreeMemory(int startCell, int maxCells) {
        return Dispatch.read(this, "virNodeGetCellsFreeMemory", () -> hv().nodeGetCellsFreeMemory(startCell, maxCells));
    }

    /** cpuNum -1 = all CPUs. */
    public NodeCPUStats nodeGetCPUStats(int cpuNum, int flags) {
        return Dispatch.read(this, "virNodeGetCPUStats", () -> hv().nodeGetCPUStats(cpuNum, flags));
    }

    /** cellNum -1 = whole node. */
    public NodeMemoryStats nodeGetMemoryStats(int cellNum, int flags) {
        return Dispatch.read(this, "virNodeGetMemoryStats", () -> hv().nodeGetMemoryStats(cellNum, flags));
    }

    /** virNodeGetSecurityModel: [model, doi]. */
    public List<String> nodeGetSecurityModel() {
        return Dispatch.read(this, "virNodeGetSecurityModel", () -> hv().nodeGetSecurityModel());
    }

    // ---- domains ----

    public int[] listDomainsID() {
        return Dispatch.read(this, "virConnectListDomains", () -> hv().connectListDomains(Integer.MAX_VALUE));
    }

    public int numOfDomains() {
        return Dispatch.read(this, "virConnectNumOfDomains", () -> hv().connectNumOfDomains());
    }

    public List<String> listDefinedDomains() {
        return Dispatch.read(this, "virConnectListDefinedDomains", () -> hv().connectListDefinedDomains(Integer.MAX_VALUE));
    }

    public int numOfDefinedDomains() {
        return Dispatch.read(this, "virConnectNumOfDefinedDomains", () -> hv().connectNumOfDefinedDomains());
    }

    /** flags: ConnectListAllDomainsFlag. */
    public List<Domain> listAllDomains(int flags) {
        return Dispatch.read(this, "virConnectListAllDomains", () -> wrapDomains(hv().connectListAllDomains(flags)));
    }

    public Domain domainLookupByID(int id) {
        return Dispatch.read(this, "virDomainLookupByID", () -> {
            if (id < 0) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                        "id in virDomainLookupByID must be zero or greater", "virDomainLookupByID", "id");
            }
            return domain(hv().domainLookupByID(id));
        });
    }

    public Domain domainLookupByName(String name) {
        return Dispatch.read(this, "virDomainLookupByName", () -> domain(hv().domainLookupByName(requireArg(name, "name", "virDomainLookupByName"))));
    }

    public Domain domainLookupByUUID(UUID uuid) {
        return Dispatch.read(this, "virDomainLookupByUUID", () -> domain(hv().domainLookupByUUID(requireArg(uuid, "uuid", "virDomainLookupByUUID"))));
    }

    public Domain domainLookupByUUIDString(String uuid) {
        return Dispatch.read(this, "virDomainLookupByUUIDString", () -> domain(hv().domainLookupByUUID(uuidArg(uuid, "virDomainLookupByUUIDString"))));
    }

    /** virDomainDefineXMLFlags: flags are DomainDefineFlag. */
    public Domain domainDefineXML(String xml, int flags) {
        // libvirt names the call the application made: the flag-less twin when no flag is given
        String fn = flags == 0 ? "virDomainDefineXML" : "virDomainDefineXMLFlags";
        return Dispatch.write(this, fn, () -> domain(hv().domainDefineXMLFlags(requireArg(xml, "xml", fn), flags)));
    }

    /** virDomainCreateXML: starts a transient domain; flags are DomainCreateFlag. */
    public Domain domainCreateXML(String xml, int flags) {
        return Dispatch.write(this, "virDomainCreateXML", () -> domain(hv().domainCreateXML(requireArg(xml, "xmlDesc", "virDomainCreateXML"), flags)));
    }

    /** virDomainRestoreFlags (dxml may be null). */
    public void restore(String path, String dxml, int flags) {
        Dispatch.write(this, "virDomainRestoreFlags", () -> {
            String from = absolutePath(requireArg(path, "from", "virDomainRestoreFlags"));
            checkSaveFlags(flags);
            hv().domainRestoreFlags(from, dxml, flags);
        });
    }

    /** virDomainRestore: as restore(path, null, 0), but errors name virDomainRestore. */
    public void restore(String path) {
        Dispatch.write(this, "virDomainRestore",
                () -> hv().domainRestoreFlags(absolutePath(requireArg(path, "from", "virDomainRestore")), null, 0));
    }

    private List<Domain> wrapDomains(List<DomainRef> refs) {
        List<Domain> out = new ArrayList<>(refs.size());
        for (DomainRef r : refs) {
            out.add(domain(r));
        }
        return out;
    }

    // ---- networks ----

    public List<String> listNetworks() {
        return Dispatch.read(this, "virConnectListNetworks", () -> net().connectListNetworks(Integer.MAX_VALUE));
    }

    public int numOfNetworks() {
        return Dispatch.read(this, "virConnectNumOfNetworks", () -> net().connectNumOfNetworks());
    }

    public List<String> listDefinedNetworks() {
        return Dispatch.read(this, "virConnectListDefinedNetworks", () -> net().connectListDefinedNetworks(Integer.MAX_VALUE));
    }

    public int numOfDefinedNetworks() {
        return Dispatch.read(this, "virConnectNumOfDefinedNetworks", () -> net().connectNumOfDefinedNetworks());
    }

    /** flags: ConnectListAllNetworksFlag. */
    public List<Network> listAllNetworks(int flags) {
        return Dispatch.read(this, "virConnectListAllNetworks", () -> {
            List<Network> out = new ArrayList<>();
            for (NetworkRef r : net().connectListAllNetworks(flags)) {
                out.add(network(r));
            }
            return out;
        });
    }

    public Network networkLookupByName(String name) {
        return Dispatch.read(this, "virNetworkLookupByName", () -> network(net().networkLookupByName(requireArg(name, "name", "virNetworkLookupByName"))));
    }

    public Network networkLookupByUUID(UUID uuid) {
        return Dispatch.read(this, "virNetworkLookupByUUID", () -> network(net().networkLookupByUUID(requireArg(uuid, "uuid", "virNetworkLookupByUUID"))));
    }

    public Network networkLookupByUUIDString(String uuid) {
        return Dispatch.read(this, "virNetworkLookupByUUIDString", () -> network(net().networkLookupByUUID(uuidArg(uuid, "virNetworkLookupByUUIDString"))));
    }

    /** virNetworkDefineXML: as the flags variant with 0, but errors name the flag-less call. */
    public Network networkDefineXML(String xml) {
        return Dispatch.write(this, "virNetworkDefineXML",
                () -> network(net().networkDefineXMLFlags(requireArg(xml, "xml", "virNetworkDefineXML"), 0)));
    }

    public Network networkDefineXML(String xml, int flags) {
        return Dispatch.write(this, "virNetworkDefineXMLFlags", () -> network(net().networkDefineXMLFlags(requireArg(xml, "xml", "virNetworkDefineXMLFlags"), flags)));
    }

    /** virNetworkCreateXML: as the flags variant with 0, but errors name the flag-less call. */
    public Network networkCreateXML(String xml) {
        return Dispatch.write(this, "virNetworkCreateXML",
                () -> network(net().networkCreateXMLFlags(requireArg(xml, "xmlDesc", "virNetworkCreateXML"), 0)));
    }

    public Network networkCreateXML(String xml, int flags) {
        return Dispatch.write(this, "virNetworkCreateXMLFlags", () -> network(net().networkCreateXMLFlags(requireArg(xml, "xmlDesc", "virNetworkCreateXMLFlags"), flags)));
    }

    // ---- storage ----

    public int numOfStoragePools() {
        return Dispatch.read(this, "virConnectNumOfStoragePools", () -> storage().connectNumOfStoragePools());
    }

    public List<String> listStoragePools() {
        return Dispatch.read(this, "virConnectListStoragePools", () -> storage().connectListStoragePools(Integer.MAX_VALUE));
    }

    public int numOfDefinedStoragePools() {
        return Dispatch.read(this, "virConnectNumOfDefinedStoragePools", () -> storage().connectNumOfDefinedStoragePools());
    }

    public List<String> listDefinedStoragePools() {
        return Dispatch.read(this, "virConnectListDefinedStoragePools",
                () -> storage().connectListDefinedStoragePools(Integer.MAX_VALUE));
    }

    /** flags: ConnectListAllStoragePoolsFlag. */
    public List<StoragePool> listAllStoragePools(int flags) {
        return Dispatch.read(this, "virConnectListAllStoragePools", () -> {
            List<StoragePool> out = new ArrayList<>();
            for (org.jvirt.spi.StoragePoolRef r : storage().connectListAllStoragePools(flags)) {
                out.add(storagePool(r));
            }
            return out;
        });
    }

    /** virConnectFindStoragePoolSources: srcSpec may be null. */
    public String findStoragePoolSources(String type, String srcSpec, int flags) {
        String fn = "virConnectFindStoragePoolSources";
        return Dispatch.read(this, fn, () -> storage().connectFindStoragePoolSources(requireArg(type, "type", fn), srcSpec, flags));
    }

    /** virStreamNew: a stream for one transfer; flags 1 is VIR_STREAM_NONBLOCK. */
    public Stream newStream(int flags) {
        return Dispatch.read(this, "virStreamNew", () -> new Stream(this, flags));
    }

    /** virConnectGetStoragePoolCapabilities: the storage pool capabilities XML. */
    public String getStoragePoolCapabilities(int flags) {
        return Dispatch.read(this, "virConnectGetStoragePoolCapabilities",
                () -> storage().connectGetStoragePoolCapabilities(flags));
    }

    public StoragePool storagePoolLookupByName(String name) {
        String fn = "virStoragePoolLookupByName";
        return Dispatch.read(this, fn, () -> storagePool(storage().storagePoolLookupByName(requireArg(name, "name", fn))));
    }

    public StoragePool storagePoolLookupByUUID(UUID uuid) {
        String fn = "virStoragePoolLookupByUUID";
        return Dispatch.read(this, fn, () -> storagePool(storage().storagePoolLookupByUUID(requireArg(uuid, "uuid", fn))));
    }

    public StoragePool storagePoolLookupByUUIDString(String uuid) {
        String fn = "virStoragePoolLookupByUUIDString";
        return Dispatch.read(this, fn, () -> storagePool(storage().storagePoolLookupByUUID(uuidArg(uuid, fn))));
    }

    /** virStoragePoolDefineXML: flags are StoragePoolDefineFlag. */
    public StoragePool storagePoolDefineXML(String xml, int flags) {
        String fn = "virStoragePoolDefineXML";
        return Dispatch.write(this, fn, () -> storagePool(storage().storagePoolDefineXML(requireArg(xml, "xml", fn), flags)));
    }

    /** virStoragePoolCreateXML: a transient, running pool; flags are StoragePoolCreateFlag. */
    public StoragePool storagePoolCreateXML(String xml, int flags) {
        String fn = "virStoragePoolCreateXML";
        return Dispatch.write(this, fn, () -> storagePool(storage().storagePoolCreateXML(requireArg(xml, "xmlDesc", fn), flags)));
    }

    public StorageVol storageVolLookupByKey(String key) {
        String fn = "virStorageVolLookupByKey";
        return Dispatch.read(this, fn, () -> storageVol(storage().storageVolLookupByKey(requireArg(key, "key", fn))));
    }

    public StorageVol storageVolLookupByPath(String path) {
        String fn = "virStorageVolLookupByPath";
        return Dispatch.read(this, fn, () -> storageVol(storage().storageVolLookupByPath(requireArg(path, "path", fn))));
    }

    // ---- events ----

    /**
     * virConnectDomainEventRegisterAny: {@code listener} receives the {@code eventId} events of {@code dom}, or
     * of every domain when {@code dom} is null, on this connection's delivery thread (no event loop to run).
     * Allowed on read-only connections, as in libvirt. Returns the id for {@link #domainEventDeregisterAny}.
     */
    public int domainEventRegisterAny(Domain dom, DomainEventId eventId, DomainEventListener listener) {
        String fn = "virConnectDomainEventRegisterAny";
        return Dispatch.read(this, fn, () -> {
            if (dom != null && dom.getConnect() != this) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                        "domain '" + dom.getName() + "' in " + fn + " must match connection", fn, "dom");
            }
            requireArg(listener, "cb", fn);
            requireArg(eventId, "eventID", fn);
            return hv().connectDomainEventRegisterAny(dom == null ? null : dom.ref(), eventId.value(),
                    events.callbackFor(listener));
        });
    }

    /**
     * virConnectDomainEventDeregisterAny: no event of that registration is delivered once this returns; an
     * unknown id is libvirt's "invalid argument: could not find event callback N for deletion".
     */
    public void domainEventDeregisterAny(int callbackId) {
        Dispatch.read(this, "virConnectDomainEventDeregisterAny", () -> {
            hv().connectDomainEventDeregisterAny(callbackId);
            events.deregistered(callbackId);
            return null;
        });
    }

    // ---- bulk statistics ----

    /** virConnectGetAllDomainStats: stats are VIR_DOMAIN_STATS_* groups (0: all the driver has), flags filter. */
    public List<DomainStatsRecord> getAllDomainStats(int stats, int flags) {
        return Dispatch.read(this, "virConnectGetAllDomainStats", () -> hv().connectGetAllDomainStats(null, stats, flags));
    }

    /** virDomainListGetStats: the domains must belong to this connection. */
    public List<DomainStatsRecord> domainListGetStats(List<Domain> doms, int stats, int flags) {
        String fn = "virDomainListGetStats";
        return Dispatch.read(this, fn, () -> {
            requireArg(doms, "doms", fn);
            if (doms.isEmpty()) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                        "doms in " + fn + " must not be empty", fn, "doms");
            }
            List<DomainRef> refs = new java.util.ArrayList<>();
            for (Domain d : doms) {
                if (d.getConnect() != this) {
                    throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                            "domains in " + fn + " must all belong to the same connection", fn, null);
                }
                refs.add(d.ref());
            }
            return hv().connectGetAllDomainStats(refs, stats, flags);
        });
    }

    // ---- save images (libvirt-domain.c) ----

    /** virDomainSaveImageGetXMLDesc; flags: SECURE (1), refused on read-only connections as libvirt does. */
    public String saveImageGetXMLDesc(String file, int flags) {
        String fn = "virDomainSaveImageGetXMLDesc";
        return Dispatch.read(this, fn, () -> {
            denySecureOnReadOnly(flags, fn);
            return hv().domainSaveImageGetXMLDesc(absolutePath(requireArg(file, "file", fn)), flags);
        });
    }

    /** virDomainSaveImageDefineXML; flags: DomainSaveRestoreFlag RUNNING/PAUSED. */
    public void saveImageDefineXML(String file, String dxml, int flags) {
        String fn = "virDomainSaveImageDefineXML";
        Dispatch.write(this, fn, () -> {
            String path = absolutePath(requireArg(file, "file", fn));
            requireArg(dxml, "dxml", fn);
            checkSaveFlags(flags);
            hv().domainSaveImageDefineXML(path, dxml, flags);
        });
    }

    /** The read-only refusal of the XML getters that can reveal secrets ("... with secure flag"). */
    static void denySecureOnReadOnly(Connect conn, int flags, String fn) {
        if (conn.isReadOnly() && (flags & 1) != 0) {
            throw VirtException.of(ErrorCode.OPERATION_DENIED, ErrorDomain.DOMAIN, "%s with secure flag", fn);
        }
    }

    private void denySecureOnReadOnly(int flags, String fn) {
        denySecureOnReadOnly(this, flags, fn);
    }

    // ---- host: pages, memory tuning, suspend, SEV, CPU models, native configs (libvirt-host.c, libvirt-domain.c) ----

    /**
     * virNodeGetFreePages: free pages of each size in {@code pages} (KiB) for {@code cellCount} cells from
     * {@code startCell}; counts[cell * pages.length + i], with the driver's return value.
     */
    public NodeFreePages nodeGetFreePages(int[] pages, int startCell, int cellCount, int flags) {
        String fn = "virNodeGetFreePages";
        return Dispatch.read(this, fn, () -> {
            requireArg(pages, "pages", fn);
            if (pages.length == 0) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN, "npages in " + fn + " must not be zero", fn, "npages");
            }
            if (cellCount == 0) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN, "cellCount in " + fn + " must not be zero", fn, "cellCount");
            }
            return hv().nodeGetFreePages(pages, startCell, cellCount, flags);
        });
    }

    /** virNodeAllocPages: flags are ADD (1); returns the number of pools changed. */
    public int nodeAllocPages(int[] pageSizes, long[] pageCounts, int startCell, int cellCount, int flags) {
        return Dispatch.write(this, "virNodeAllocPages",
                () -> hv().nodeAllocPages(pageSizes, pageCounts, startCell, cellCount, flags));
    }

    /** virNodeGetMemoryParameters. */
    public List<TypedParameter> nodeGetMemoryParameters(int flags) {
        return Dispatch.read(this, "virNodeGetMemoryParameters", () -> hv().nodeGetMemoryParameters(flags));
    }

    /** virNodeSetMemoryParameters. */
    public void nodeSetMemoryParameters(List<TypedParameter> params, int flags) {
        Dispatch.write(this, "virNodeSetMemoryParameters", () -> hv().nodeSetMemoryParameters(params, flags));
    }

    /** virNodeSuspendForDuration: target is virNodeSuspendTarget (mem 0, disk 1, hybrid 2), duration in seconds. */
    public void nodeSuspendForDuration(int target, long duration, int flags) {
        Dispatch.write(this, "virNodeSuspendForDuration", () -> hv().nodeSuspendForDuration(target, duration, flags));
    }

    /** virNodeGetSEVInfo. */
    public List<TypedParameter> nodeGetSEVInfo(int flags) {
        return Dispatch.read(this, "virNodeGetSEVInfo", () -> hv().nodeGetSEVInfo(flags));
    }

    /** virConnectGetCPUModelNames: an empty list means every model is accepted. */
    public List<String> getCPUModelNames(String arch, int flags) {
        String fn = "virConnectGetCPUModelNames";
        return Dispatch.read(this, fn, () -> hv().connectGetCPUModelNames(requireArg(arch, "arch", fn), flags));
    }

    /** virConnectCompareCPU: a virCPUCompareResult value. */
    public int compareCPU(String xmlDesc, int flags) {
        String fn = "virConnectCompareCPU";
        return Dispatch.read(this, fn, () -> hv().connectCompareCPU(requireArg(xmlDesc, "xmlDesc", fn), flags));
    }

    /** virConnectBaselineCPU. */
    public String baselineCPU(List<String> xmlCPUs, int flags) {
        String fn = "virConnectBaselineCPU";
        return Dispatch.read(this, fn, () -> hv().connectBaselineCPU(requireArg(xmlCPUs, "xmlCPUs", fn), flags));
    }

    /** virConnectCompareHypervisorCPU (emulator, arch, machine, virttype may be null). */
    public int compareHypervisorCPU(String emulator, String arch, String machine, String virttype, String xmlCPU,
                                    int flags) {
        String fn = "virConnectCompareHypervisorCPU";
        return Dispatch.read(this, fn, () -> hv().connectCompareHypervisorCPU(emulator, arch, machine, virttype,
                requireArg(xmlCPU, "xmlCPU", fn), flags));
    }

    /** virConnectBaselineHypervisorCPU (emulator, arch, machine, virttype may be null). */
    public String baselineHypervisorCPU(String emulator, String arch, String machine, String virttype,
                                        List<String> xmlCPUs, int flags) {
        String fn = "virConnectBaselineHypervisorCPU";
        return Dispatch.read(this, fn, () -> hv().connectBaselineHypervisorCPU(emulator, arch, machine, virttype,
                requireArg(xmlCPUs, "xmlCPUs", fn), flags));
    }

    /** virConnectDomainXMLFromNative: a write (libvirt refuses it on read-only connections). */
    public String domainXMLFromNative(String nativeFormat, String nativeConfig, int flags) {
        String fn = "virConnectDomainXMLFromNative";
        return Dispatch.write(this, fn, () -> hv().connectDomainXMLFromNative(requireArg(nativeFormat, "nativeFormat", fn),
                requireArg(nativeConfig, "nativeConfig", fn), flags));
    }

    /** virConnectDomainXMLToNative: a write (libvirt refuses it on read-only connections). */
    public String domainXMLToNative(String nativeFormat, String domainXml, int flags) {
        String fn = "virConnectDomainXMLToNative";
        return Dispatch.write(this, fn, () -> hv().connectDomainXMLToNative(requireArg(nativeFormat, "nativeFormat", fn),
                requireArg(domainXml, "domainXml", fn), flags));
    }

    // ---- secrets (libvirt-secret.c) and network filters (libvirt-nwfilter.c) ----

    public List<Secret> listAllSecrets(int flags) {
        return Dispatch.read(this, "virConnectListAllSecrets",
                () -> secret().connectListAllSecrets(flags).stream().map(r -> new Secret(this, r)).toList());
    }

    public int numOfSecrets() {
        return Dispatch.read(this, "virConnectNumOfSecrets", () -> secret().connectNumOfSecrets());
    }

    public Secret secretLookupByUUID(UUID uuid) {
        String fn = "virSecretLookupByUUID";
        return Dispatch.read(this, fn, () -> new Secret(this, secret().secretLookupByUUID(requireArg(uuid, "uuid", fn))));
    }

    /** virSecretLookupByUUIDString: the text must be a UUID, as libvirt checks before any driver is asked. */
    public Secret secretLookupByUUIDString(String uuid) {
        String fn = "virSecretLookupByUUIDString";
        return Dispatch.read(this, fn, () -> new Secret(this, secret().secretLookupByUUID(uuidArg(uuid, fn))));
    }

    public Secret secretDefineXML(String xml, int flags) {
        String fn = "virSecretDefineXML";
        return Dispatch.write(this, fn, () -> new Secret(this, secret().secretDefineXML(requireArg(xml, "xml", fn), flags)));
    }

    /** A handle on the secret {@code ref} names, without a lookup, for protocol layers. */
    public Secret secret(org.jvirt.spi.SecretRef ref) {
        return new Secret(this, ref);
    }

    /** virConnectSecretEventRegisterAny without a callback yet: only its refusal is reachable (no secret driver). */
    public int secretEventRegisterAny(Secret secret, int eventID) {
        return Dispatch.read(this, "virConnectSecretEventRegisterAny",
                () -> secret().connectSecretEventRegisterAny(secret == null ? null : secret.ref(), eventID));
    }

    public List<NWFilter> listAllNWFilters(int flags) {
        return Dispatch.read(this, "virConnectListAllNWFilters",
                () -> nwfilter().connectListAllNWFilters(flags).stream().map(r -> new NWFilter(this, r)).toList());
    }

    public int numOfNWFilters() {
        return Dispatch.read(this, "virConnectNumOfNWFilters", () -> nwfilter().connectNumOfNWFilters());
    }

    public NWFilter nwfilterLookupByName(String name) {
        String fn = "virNWFilterLookupByName";
        return Dispatch.read(this, fn, () -> new NWFilter(this, nwfilter().nwfilterLookupByName(requireArg(name, "name", fn))));
    }

    public NWFilter nwfilterLookupByUUID(UUID uuid) {
        String fn = "virNWFilterLookupByUUID";
        return Dispatch.read(this, fn, () -> new NWFilter(this, nwfilter().nwfilterLookupByUUID(requireArg(uuid, "uuid", fn))));
    }

    public NWFilter nwfilterLookupByUUIDString(String uuid) {
        String fn = "virNWFilterLookupByUUIDString";
        return Dispatch.read(this, fn, () -> new NWFilter(this, nwfilter().nwfilterLookupByUUID(uuidArg(uuid, fn))));
    }

    public NWFilter nwfilterDefineXML(String xml) {
        String fn = "virNWFilterDefineXML";
        return Dispatch.write(this, fn, () -> new NWFilter(this, nwfilter().nwfilterDefineXML(requireArg(xml, "xmlDesc", fn))));
    }

    /** virNWFilterDefineXMLFlags: flags VALIDATE (1). */
    public NWFilter nwfilterDefineXMLFlags(String xml, int flags) {
        String fn = "virNWFilterDefineXMLFlags";
        return Dispatch.write(this, fn, () -> new NWFilter(this,
                nwfilter().nwfilterDefineXMLFlags(requireArg(xml, "xmlDesc", fn), flags)));
    }

    /** A handle on the filter {@code ref} names, without a lookup, for protocol layers. */
    public NWFilter nwfilter(org.jvirt.spi.NWFilterRef ref) {
        return new NWFilter(this, ref);
    }

    public List<NWFilterBinding> listAllNWFilterBindings(int flags) {
        return Dispatch.read(this, "virConnectListAllNWFilterBindings",
                () -> nwfilter().connectListAllNWFilterBindings(flags).stream().map(r -> new NWFilterBinding(this, r)).toList());
    }

    public NWFilterBinding nwfilterBindingLookupByPortDev(String portdev) {
        String fn = "virNWFilterBindingLookupByPortDev";
        return Dispatch.read(this, fn, () -> new NWFilterBinding(this,
                nwfilter().nwfilterBindingLookupByPortDev(requireArg(portdev, "portdev", fn))));
    }

    public NWFilterBinding nwfilterBindingCreateXML(String xml, int flags) {
        String fn = "virNWFilterBindingCreateXML";
        return Dispatch.write(this, fn, () -> new NWFilterBinding(this,
                nwfilter().nwfilterBindingCreateXML(requireArg(xml, "xml", fn), flags)));
    }

    /** A handle on the binding {@code ref} names, without a lookup, for protocol layers. */
    public NWFilterBinding nwfilterBinding(org.jvirt.spi.NWFilterBindingRef ref) {
        return new NWFilterBinding(this, ref);
    }

    /** The uuidstr argument of a *LookupByUUIDString call: non-null, then virUUIDParse ({@link Uuids#parse}). */
    static UUID uuidArg(String text, String fn) {
        return Uuids.parse(requireArg(text, "uuidstr", fn), fn);
    }

    /** virFileAbsPath: files named by the caller are resolved against the caller's directory, not the driver's. */
    static String absolutePath(String path) {
        return java.nio.file.Path.of(path).toAbsolutePath().toString();
    }

    /** VIR_EXCLUSIVE_FLAGS_GOTO of save, managed save and restore. */
    static void checkSaveFlags(int flags) {
        int both = org.jvirt.flags.DomainSaveRestoreFlag.RUNNING.value() | org.jvirt.flags.DomainSaveRestoreFlag.PAUSED.value();
        if ((flags & both) == both) {
            throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                    "Flags 'VIR_DOMAIN_SAVE_RUNNING' and 'VIR_DOMAIN_SAVE_PAUSED' are mutually exclusive", null, null);
        }
    }

    /** libvirt's virCheckNonNullArgGoto: "invalid argument: name in virDomainLookupByName must not be NULL". */
    static <T> T requireArg(T value, String arg, String function) {
        if (value == null) {
            throw VirtException.raw(ErrorCode.INVALID_ARG, Unsupported.apiDomain(function),
                    arg + " in " + function + " must not be NULL", function, arg);
        }
        return value;
    }

    // ---- host interfaces ----

    org.jvirt.spi.InterfaceDriver ifaces() {
        return driver.interfaces();
    }

    /** A handle on the interface {@code ref} names, without a lookup, for protocol layers (get_nonnull_interface). */
    public Interface iface(org.jvirt.spi.InterfaceRef ref) {
        return new Interface(this, java.util.Objects.requireNonNull(ref));
    }

    public int numOfInterfaces() {
        return Dispatch.read(this, "virConnectNumOfInterfaces", () -> ifaces().connectNumOfInterfaces());
    }

    public List<String> listInterfaces() {
        return Dispatch.read(this, "virConnectListInterfaces", () -> ifaces().connectListInterfaces(Integer.MAX_VALUE));
    }

    public int numOfDefinedInterfaces() {
        return Dispatch.read(this, "virConnectNumOfDefinedInterfaces", () -> ifaces().connectNumOfDefinedInterfaces());
    }

    public List<String> listDefinedInterfaces() {
        return Dispatch.read(this, "virConnectListDefinedInterfaces",
                () -> ifaces().connectListDefinedInterfaces(Integer.MAX_VALUE));
    }

    /** flags: ConnectListAllInterfacesFlag. */
    public List<Interface> listAllInterfaces(int flags) {
        return Dispatch.read(this, "virConnectListAllInterfaces", () -> {
            List<Interface> out = new ArrayList<>();
            for (org.jvirt.spi.InterfaceRef r : ifaces().connectListAllInterfaces(flags)) {
                out.add(iface(r));
            }
            return out;
        });
    }

    public Interface interfaceLookupByName(String name) {
        String fn = "virInterfaceLookupByName";
        return Dispatch.read(this, fn, () -> iface(ifaces().interfaceLookupByName(requireArg(name, "name", fn))));
    }

    public Interface interfaceLookupByMACString(String mac) {
        String fn = "virInterfaceLookupByMACString";
        return Dispatch.read(this, fn, () -> iface(ifaces().interfaceLookupByMACString(requireArg(mac, "macstr", fn))));
    }

    /** virInterfaceDefineXML: flags are InterfaceDefineFlag. */
    public Interface interfaceDefineXML(String xml, int flags) {
        String fn = "virInterfaceDefineXML";
        return Dispatch.write(this, fn, () -> iface(ifaces().interfaceDefineXML(requireArg(xml, "xml", fn), flags)));
    }

    /** virInterfaceChangeBegin: snapshots the host interface configuration for a later rollback. */
    public void interfaceChangeBegin(int flags) {
        Dispatch.write(this, "virInterfaceChangeBegin", () -> ifaces().interfaceChangeBegin(flags));
    }

    public void interfaceChangeCommit(int flags) {
        Dispatch.write(this, "virInterfaceChangeCommit", () -> ifaces().interfaceChangeCommit(flags));
    }

    public void interfaceChangeRollback(int flags) {
        Dispatch.write(this, "virInterfaceChangeRollback", () -> ifaces().interfaceChangeRollback(flags));
    }

    // ---- node devices ----

    org.jvirt.spi.NodeDeviceDriver nodeDevices() {
        return driver.nodeDevices();
    }

    /** A handle on the device {@code ref} names, without a lookup, for protocol layers (get_nonnull_node_device). */
    public NodeDevice nodeDevice(org.jvirt.spi.NodeDeviceRef ref) {
        return new NodeDevice(this, java.util.Objects.requireNonNull(ref));
    }

    /** virNodeNumOfDevices: cap may be null. */
    public int nodeNumOfDevices(String cap, int flags) {
        return Dispatch.read(this, "virNodeNumOfDevices", () -> nodeDevices().nodeNumOfDevices(cap, flags));
    }

    /** virNodeListDevices: cap may be null. */
    public List<String> nodeListDevices(String cap, int flags) {
        return Dispatch.read(this, "virNodeListDevices",
                () -> nodeDevices().nodeListDevices(cap, Integer.MAX_VALUE, flags));
    }

    /** flags: ConnectListAllNodeDevicesFlag. */
    public List<NodeDevice> listAllNodeDevices(int flags) {
        return Dispatch.read(this, "virConnectListAllNodeDevices", () -> {
            List<NodeDevice> out = new ArrayList<>();
            for (org.jvirt.spi.NodeDeviceRef r : nodeDevices().connectListAllNodeDevices(flags)) {
                out.add(nodeDevice(r));
            }
            return out;
        });
    }

    public NodeDevice nodeDeviceLookupByName(String name) {
        String fn = "virNodeDeviceLookupByName";
        return Dispatch.read(this, fn, () -> nodeDevice(nodeDevices().nodeDeviceLookupByName(requireArg(name, "name", fn))));
    }

    public NodeDevice nodeDeviceLookupSCSIHostByWWN(String wwnn, String wwpn, int flags) {
        String fn = "virNodeDeviceLookupSCSIHostByWWN";
        return Dispatch.read(this, fn, () -> nodeDevice(nodeDevices().nodeDeviceLookupSCSIHostByWWN(
                requireArg(wwnn, "wwnn", fn), requireArg(wwpn, "wwpn", fn), flags)));
    }

    /** virNodeDeviceCreateXML: a transient device (a vHBA on the test driver). */
    public NodeDevice nodeDeviceCreateXML(String xml, int flags) {
        String fn = "virNodeDeviceCreateXML";
        return Dispatch.write(this, fn, () -> nodeDevice(nodeDevices().nodeDeviceCreateXML(requireArg(xml, "xmlDesc", fn), flags)));
    }

    public NodeDevice nodeDeviceDefineXML(String xml, int flags) {
        String fn = "virNodeDeviceDefineXML";
        return Dispatch.write(this, fn, () -> nodeDevice(nodeDevices().nodeDeviceDefineXML(requireArg(xml, "xmlDesc", fn), flags)));
    }

    /**
     * virConnectNodeDeviceEventRegisterAny: {@code listener} receives the {@code eventId} events (0 lifecycle,
     * 1 update) of {@code dev}, or of every device when null. Allowed on read-only connections.
     */
    public int nodeDeviceEventRegisterAny(NodeDevice dev, int eventId, org.jvirt.event.NodeDeviceEventListener listener) {
        String fn = "virConnectNodeDeviceEventRegisterAny";
        return Dispatch.read(this, fn, () -> {
            requireArg(listener, "cb", fn);
            if (eventId < 0 || eventId > 1) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.NODEDEV,
                        "eventID in " + fn + " must be less than 2", fn, "eventID");
            }
            synchronized (nodeDeviceEvents) {
                int id = nodeDevices().connectNodeDeviceEventRegisterAny(dev == null ? null : dev.ref(), eventId,
                        nodeDeviceEvents.<org.jvirt.spi.NodeDeviceRef>callbackFor(
                                (cb, ref, e, ev, d) -> listener.onEvent(nodeDevice(ref), e, ev, d))::onObjectEvent);
                nodeDeviceEvents.registered(id);
                return id;
            }
        });
    }

    public void nodeDeviceEventDeregisterAny(int callbackId) {
        Dispatch.read(this, "virConnectNodeDeviceEventDeregisterAny", () -> {
            nodeDevices().connectNodeDeviceEventDeregisterAny(callbackId);
            nodeDeviceEvents.deregistered(callbackId);
            return null;
        });
    }

    // ---- network and storage pool events ----

    /**
     * virConnectNetworkEventRegisterAny: {@code listener} receives the lifecycle events (eventId 0) of {@code net},
     * or of every network when null. Allowed on read-only connections.
     */
    public int networkEventRegisterAny(Network net, int eventId, org.jvirt.event.NetworkEventListener listener) {
        String fn = "virConnectNetworkEventRegisterAny";
        return Dispatch.read(this, fn, () -> {
            requireArg(listener, "cb", fn);
            if (eventId < 0 || eventId >= 1) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.NETWORK,
                        "eventID in " + fn + " must be less than 1", fn, "eventID");
            }
            synchronized (networkEvents) {
                int id = net().connectNetworkEventRegisterAny(net == null ? null : net.ref(), eventId,
                        networkEvents.callbackFor((cb, ref, e, ev, d) -> listener.onEvent(network(ref), e, ev, d)));
                networkEvents.registered(id);
                return id;
            }
        });
    }

    public void networkEventDeregisterAny(int callbackId) {
        Dispatch.read(this, "virConnectNetworkEventDeregisterAny", () -> {
            net().connectNetworkEventDeregisterAny(callbackId);
            networkEvents.deregistered(callbackId);
            return null;
        });
    }

    /**
     * virConnectStoragePoolEventRegisterAny: {@code listener} receives the {@code eventId} events (0 lifecycle,
     * 1 refresh) of {@code pool}, or of every pool when null. Allowed on read-only connections.
     */
    public int storagePoolEventRegisterAny(StoragePool pool, int eventId,
                                           org.jvirt.event.StoragePoolEventListener listener) {
        String fn = "virConnectStoragePoolEventRegisterAny";
        return Dispatch.read(this, fn, () -> {
            requireArg(listener, "cb", fn);
            if (eventId < 0 || eventId >= 2) {
                throw VirtException.raw(ErrorCode.INVALID_ARG, ErrorDomain.STORAGE,
                        "eventID in " + fn + " must be less than 2", fn, "eventID");
            }
            synchronized (poolEvents) {
                int id = storage().connectStoragePoolEventRegisterAny(pool == null ? null : pool.ref(), eventId,
                        poolEvents.callbackFor((cb, ref, e, ev, d) -> listener.onEvent(storagePool(ref), e, ev, d)));
                poolEvents.registered(id);
                return id;
            }
        });
    }

    public void storagePoolEventDeregisterAny(int callbackId) {
        Dispatch.read(this, "virConnectStoragePoolEventDeregisterAny", () -> {
            storage().connectStoragePoolEventDeregisterAny(callbackId);
            poolEvents.deregistered(callbackId);
            return null;
        });
    }

    /** virDomainQemuAttach (libvirt-qemu): a domain for the QEMU process {@code pid} started outside libvirt. */
    public Domain qemuAttach(int pid, int flags) {
        return Dispatch.write(this, "virDomainQemuAttach", () -> domain(hv().domainQemuAttach(pid, flags)));
    }

    /**
     * virConnectDomainQemuMonitorEventRegister (libvirt-qemu): QMP events of {@code dom} (null: all domains) named
     * {@code event} (null: all; flags 1 REGEX, 2 NOCASE). Allowed on read-only connections.
     */
    public int domainQemuMonitorEventRegister(Domain dom, String event, org.jvirt.event.QemuMonitorEventListener listener,
                                              int flags) {
        String fn = "virConnectDomainQemuMonitorEventRegister";
        return Dispatch.read(this, fn, () -> hv().connectDomainQemuMonitorEventRegister(dom == null ? null : dom.ref(),
                event, requireArg(listener, "cb", fn), flags));
    }
}
