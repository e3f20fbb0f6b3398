package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jvirt.DomainState;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainFormatOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.core.AtomicFiles;
import org.jvirt.core.DomainEventState;
import org.jvirt.core.DomainJobs;
import org.jvirt.core.DomainObj;
import org.jvirt.core.DomainObjList;
import org.jvirt.driver.qemu.caps.KvmProbe;
import org.jvirt.driver.qemu.caps.QemuCapsCache;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainRef;

/**
 * One QEMU driver instance (libvirt's virQEMUDriver): its directories, the domains, event callbacks, jobs, the
 * capabilities cache and the runtime state of the guests this process manages. Shared by every connection to
 * the same root in this process ({@link QemuDriverProvider}). On open it loads persistent configs and reconnects
 * to running guests ({@link QemuReconnect}); on close it lets go of them without stopping them.
 */
final class QemuDriver {

    private static final System.Logger LOG = System.getLogger(QemuDriver.class.getName());

    final QemuDriverConfig config;
    final DomainObjList domains = new DomainObjList();
    final DomainEventState events = new DomainEventState();
    final DomainJobs jobs = new DomainJobs();
    final QemuCapsCache caps;
    final QemuDomainDefs defs;
    final boolean hostKvm;
    /** The guests this process manages, by domain UUID. Absent for inactive domains and foreign ones. */
    final Map<UUID, QemuDomainRuntime> runtimes = new ConcurrentHashMap<>();
    /** Running domains whose lock another process holds: pid of that process (may be -1). */
    final Map<UUID, Long> foreign = new ConcurrentHashMap<>();
    private final AtomicInteger nextId = new AtomicInteger(1);

    private QemuDriver(QemuDriverConfig config) {
        this.config = config;
        KvmProbe.Result kvm = KvmProbe.probe();
        LOG.log(System.Logger.Level.DEBUG, kvm.reason());
        this.hostKvm = kvm.usable();
        this.caps = new QemuCapsCache(config.cacheDir(), hostKvm);
        this.defs = new QemuDomainDefs(this);
    }

    /** Creates the directories, loads the persistent configs and reconnects to running guests. */
    static QemuDriver open(QemuDriverConfig config) {
        QemuDriver d = new QemuDriver(config);
        try {
            for (Path p : List.of(config.configDir(), config.stateDir(), config.cacheDir(), config.logDir())) {
                Files.createDirectories(p);
            }
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "cannot create driver directories: %s", e.getMessage());
        }
        d.loadConfigs();
        QemuReconnect.all(d);
        QemuAutostart.run(d);
        return d;
    }

    /** Lets go of every guest (monitor closed, lock released); the QEMU processes keep running. */
    void shutdown() {
        for (QemuDomainRuntime rt : runtimes.values()) {
            rt.detached = true;
            if (rt.monitor != null) {
                rt.monitor.close();
            }
            rt.lock.close();
        }
        runtimes.clear();
    }

    private void loadConfigs() {
        try (Stream<Path> s = Files.list(config.configDir())) {
            for (Path p : s.filter(f -> f.getFileName().toString().endsWith(".xml")).sorted().toList()) {
                try {
                    DomainDef def = DomainXml.parse(Files.readString(p), defs.parseOptions());
                    DomainObj obj = domains.add(def, 0).obj();
                    obj.setPersistent(true);
                    obj.setAutostart(QemuAutostart.isMarked(config, def.name()));
                    // qemuDomainManagedSaveLoad: an image left by an earlier process is offered to the next start
                    obj.setHasManagedSave(Files.exists(config.managedSaveFile(def.name())));
                    obj.setState(DomainState.SHUTOFF, obj.hasManagedSave() ? QemuProcess.SHUTOFF_SAVED : loadShutoffReason(def.name()));
                    obj.unlock();
                } catch (IOException | RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, "skipping unreadable config " + p + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot list " + config.configDir() + ": " + e.getMessage());
        }
    }

    /**
     * Why a persistent domain is shut off, kept in a file next to the state dir (never in it: it holds only runs): libvirtd remembers it in
     * memory, but jvirsh opens the driver in each process, and "shut off (saved)" must survive that. Caller
     * holds the object's lock.
     */
    void saveShutoffReason(DomainObj obj) {
        if (!obj.isPersistent()) {
            return;
        }
        try {
            Files.createDirectories(config.shutoffReasonFile(obj.name()).getParent());
            AtomicFiles.writeString(config.shutoffReasonFile(obj.name()), obj.reason() + "\n");
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot record the shut off reason of " + obj.name() + ": " + e.getMessage());
        }
    }

    /** The recorded shut off reason of an inactive domain, 0 (unknown) when none was recorded. */
    int loadShutoffReason(String name) {
        try {
            return Integer.parseInt(Files.readString(config.shutoffReasonFile(name)).strip());
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    /** Forgets the recorded shut off reason (the domain starts, or is undefined). */
    void deleteShutoffReason(String name) {
        try {
            Files.deleteIfExists(config.shutoffReasonFile(name));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove the shut off reason of " + name + ": " + e.getMessage());
        }
    }

    int allocateId() {
        return nextId.getAndIncrement();
    }

    /** After reconnecting, new ids start above every id in use (libvirt's driver->lastvmid). */
    void noteIdInUse(int id) {
        nextId.accumulateAndGet(id + 1, Math::max);
    }

    // ---- lookups ------------------------------------------------------------------------------------------------

    /** qemuDomainObjFromDomain: the object behind a handle, or "no domain with matching uuid". Not locked. */
    DomainObj find(DomainRef ref) {
        DomainObj obj = domains.findByUUID(ref.uuid());
        if (obj == null || obj.isRemoved()) {
            throw VirtException.of(ErrorCode.NO_DOMAIN, ErrorDomain.QEMU,
                    "no domain with matching uuid '%s' (%s)", ref.uuid(), ref.name());
        }
        return obj;
    }

    /** Runs {@code body} with the object locked (short reads and updates only, never monitor I/O). */
    <T> T withDom(DomainRef ref, Function<DomainObj, T> body) {
        DomainObj obj = find(ref);
        obj.lock();
        try {
            if (obj.isRemoved()) {
                throw VirtException.of(ErrorCode.NO_DOMAIN, ErrorDomain.QEMU,
                        "no domain with matching uuid '%s' (%s)", ref.uuid(), ref.name());
            }
            return body.apply(obj);
        } finally {
            obj.unlock();
        }
    }

    /** Refuses to manage a running domain whose lock another process holds. */
    void checkManaged(DomainObj obj) {
        Long holder = foreign.get(obj.uuid());
        if (holder != null) {
            throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU,
                    "domain '%s' is managed by another process (pid %d)", obj.name(), holder);
        }
    }

    // ---- files --------------------------------------------------------------------------------------------------

    void saveConfig(DomainDef def) {
        try {
            AtomicFiles.writeString(config.configFile(def.name()), DomainXml.format(def, new DomainFormatOptions(-1, true, true)));
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "cannot write config for domain '%s': %s", def.name(), e.getMessage());
        }
    }

    void deleteConfig(String name) {
        try {
            AtomicFiles.delete(config.configFile(name));
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "cannot remove config file '%s': %s", config.configFile(name), e.getMessage());
        }
    }

    /** Writes the status file of a running domain (caller holds its lock). */
    void saveStatus(DomainObj obj, QemuDomainRuntime rt) {
        QemuStatusFile st = new QemuStatusFile(obj.state(), obj.reason(), rt.pid, rt.monitorSocket, obj.id(), rt.gotShutdown,
                rt.fakeReboot, obj.def());
        try {
            AtomicFiles.writeString(config.statusFile(obj.name()), st.format());
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot write status of " + obj.name() + ": " + e.getMessage());
        }
    }

    /** As {@link #saveStatus} for the start path, where a status file that cannot be written fails the start. */
    void saveStatusOrThrow(DomainObj obj, QemuDomainRuntime rt) {
        QemuStatusFile st = new QemuStatusFile(obj.state(), obj.reason(), rt.pid, rt.monitorSocket, obj.id(), rt.gotShutdown,
                rt.fakeReboot, obj.def());
        try {
            AtomicFiles.writeString(config.statusFile(obj.name()), st.format());
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "cannot write status file for domain '%s': %s", obj.name(), e.getMessage());
        }
    }

    void deleteStatus(String name) {
        try {
            AtomicFiles.delete(config.statusFile(name));
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "cannot remove status of " + name + ": " + e.getMessage());
        }
    }

    List<DomainObj> all() {
        return new ArrayList<>(domains.list(null));
    }
}
