package org.jvirt.driver.test;

import java.util.BitSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.jvirt.DomainState;
import org.jvirt.NodeInfo;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainParseOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.core.DomainEventState;
import org.jvirt.core.DomainObj;
import org.jvirt.core.DomainObjList;
import org.jvirt.core.NetworkObjList;
import org.jvirt.event.DomainEventDetail;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainEventBody;
import org.jvirt.spi.DomainRef;

/**
 * The state behind one test:// driver instance (libvirt's testDriver): node description, NUMA cells, the domain
 * and network lists and the id counter. Shared by all connections to test:///default.
 */
final class TestDriver {

    /** One NUMA cell: memory and free memory in KiB, number of CPUs. */
    record Cell(long memKiB, long freeKiB, int cpus) {
    }

    final NodeInfo nodeInfo;
    final Cell[] cells;
    final DomainObjList domains = new DomainObjList();
    final NetworkObjList<TestNetworks.Net> networks = new NetworkObjList<>();
    /** Storage pools and their volumes. */
    final TestStoragePools storage = new TestStoragePools();
    /** Host interfaces and the interface transaction. */
    final TestInterfaces interfaces = new TestInterfaces();
    /** Node devices and their event callbacks. */
    final TestNodeDevices nodeDevices = new TestNodeDevices();
    /** Event callbacks of every connection to this instance (libvirt's eventState). */
    final DomainEventState events = new DomainEventState();
    final TestNodeDeviceEvents nodeDeviceEvents = new TestNodeDeviceEvents(events);
    final TestObjectEvents<org.jvirt.spi.NetworkRef> networkEvents =
            new TestObjectEvents<>(events, org.jvirt.spi.NetworkRef::name);
    final TestObjectEvents<org.jvirt.spi.StoragePoolRef> poolEvents =
            new TestObjectEvents<>(events, org.jvirt.spi.StoragePoolRef::name);
    private final AtomicInteger nextDomId = new AtomicInteger(1);
    /** Per domain, which of the two test filesystems ("/", "/boot") are frozen (libvirt's priv->frozen). */
    final java.util.Map<UUID, boolean[]> frozen = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * Per domain object, the guest clock (libvirt's priv->seconds/nseconds): keyed by the object itself, so a
     * redefine or restart keeps it (the object lives on) while a domain removed and defined again starts afresh.
     */
    private final java.util.Map<DomainObj, org.jvirt.DomainTime> clocks =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    TestDriver(NodeInfo nodeInfo, Cell[] cells) {
        this.nodeInfo = nodeInfo;
        this.cells = cells;
    }

    /**
     * Adds a domain of the node (file or default) in the given run state (the node file's test:runstate,
     * test:transient, test:hasmanagedsave).
     */
    void addDomain(DomainDef def, int runstate, boolean transientDom, boolean managedSave) {
        DomainObj obj = domains.add(def, 0).obj();
        try {
            obj.setPersistent(!transientDom);
            obj.setHasManagedSave(managedSave);
            if (runstate != DomainState.SHUTOFF.value()) {
                startState(obj, 1);
            } else {
                shutdownState(obj, 0);
            }
            obj.setState(DomainState.of(runstate), 0);
        } finally {
            obj.unlock();
        }
    }

    /** Adds a network of the node, active. */
    void addNetwork(TestNetworks.Net net) {
        org.jvirt.core.NetworkObj<TestNetworks.Net> obj = networks.assignDef(net.def().name(), net.def().uuid(), net, 0);
        try {
            obj.setActive(true);
        } finally {
            obj.unlock();
        }
    }

    /** VIR_NODEINFO_MAXCPUS: every CPU the topology could hold. */
    int maxHostCpus() {
        return nodeInfo.nodes() * nodeInfo.sockets() * nodeInfo.cores() * nodeInfo.threads();
    }

    BitSet allHostCpus() {
        BitSet b = new BitSet();
        b.set(0, maxHostCpus());
        return b;
    }

    /** The options every domain of this driver is parsed with; built on first use (a `list` never parses). */
    DomainParseOptions parseOptions() {
        return ParseOptions.INSTANCE;
    }

    /** The options every test driver parses with (a node file's domains are parsed before its driver exists). */
    static DomainParseOptions sharedParseOptions() {
        return ParseOptions.INSTANCE;
    }

    private static final class ParseOptions {
        static final DomainParseOptions INSTANCE = DomainParseOptions.testDriver();
    }

    DomainDef parseDomain(String xml) {
        return DomainXml.parse(xml, parseOptions());
    }

    /** With {@code validate} (the VALIDATE flags) the document is first checked against domain.rng. */
    DomainDef parseDomain(String xml, boolean validate) {
        return DomainXml.parse(xml, parseOptions().withValidateSchema(validate));
    }

    /**
     * testDomObjFromDomain: the object behind a handle, locked for the duration of {@code body}, or libvirt's
     * "no domain with matching uuid 'U' (NAME)".
     */
    <T> T withDom(DomainRef ref, Function<DomainObj, T> body) {
        DomainObj obj = domains.findByUUID(ref.uuid());
        if (obj != null) {
            obj.lock();
            if (obj.isRemoved()) {
                obj.unlock();
                obj = null;
            }
        }
        if (obj == null) {
            throw noDomainUuid(ref.uuid(), ref.name());
        }
        try {
            return body.apply(obj);
        } finally {
            obj.unlock();
        }
    }

    void runDom(DomainRef ref, java.util.function.Consumer<DomainObj> body) {
        withDom(ref, o -> {
            body.accept(o);
            return null;
        });
    }

    /** The guest clock of a domain; every object starts at testDomainObjPrivateAlloc's fixed second. */
    org.jvirt.DomainTime clock(DomainObj obj) {
        return clocks.getOrDefault(obj, new org.jvirt.DomainTime(TestStatsOps.GUEST_SECONDS, 0));
    }

    void setClock(DomainObj obj, org.jvirt.DomainTime time) {
        clocks.put(obj, time);
    }

    static VirtException noDomainUuid(UUID uuid, String name) {
        return VirtException.of(ErrorCode.NO_DOMAIN, ErrorDomain.TEST,
                "no domain with matching uuid '%s' (%s)", uuid, name);
    }

    /** testDomainStartState: running with the next id; the persistent config is kept aside. */
    void startState(DomainObj obj, int runningReason) {
        obj.setState(DomainState.RUNNING, runningReason);
        domains.setActive(obj, nextDomId.getAndIncrement());
        obj.setDefTransient();
        obj.setHasManagedSave(false);
    }

    /** testDomainShutdownState: the live def is dropped and the domain is shut off. */
    void shutdownState(DomainObj obj, int shutoffReason) {
        obj.removeTransientDef();
        obj.setState(DomainState.SHUTOFF, shutoffReason);
        domains.setInactive(obj);
    }

    /**
     * Stops the domain, raises the STOPPED event and forgets the domain when it was transient: what several
     * lifecycle calls end with. libvirt builds the event from the object after the state change; a persistent
     * domain then has its config back (id -1), while a transient one keeps the live def with its old id, so the
     * event's handle of a transient domain still carries the id (python3-libvirt shows e.g. 7, not -1).
     */
    void stopAndMaybeRemove(DomainObj obj, int shutoffReason, DomainEventDetail.Stopped event) {
        DomainRef live = obj.ref();
        shutdownState(obj, shutoffReason);
        events.raise(obj.isPersistent() ? obj.ref() : live, DomainEventBody.Lifecycle.of(event));
        if (!obj.isPersistent()) {
            domains.remove(obj);
        }
    }

    static void checkActive(DomainObj obj) {
        if (!obj.isActive()) {
            throw org.jvirt.core.VirErrors.notRunning();
        }
    }
}
