package org.jvirt.driver.qemu;

import java.util.List;
import java.util.UUID;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.core.DomainJob;
import org.jvirt.core.DomainObj;
import org.jvirt.core.DomainObjList;
import org.jvirt.core.JobGuard;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventDetail;
import org.jvirt.flags.DomainCreateFlag;
import org.jvirt.flags.DomainDefineFlag;
import org.jvirt.flags.DomainUndefineFlag;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/** Lookups, lists, define / undefine and createXML (transient start), with qemu_driver.c's errors. */
interface QemuDomainDefineOps extends HypervisorDriver {

    QemuDriver driver();

    private static DomainRef live(DomainObj o, String what) {
        if (o == null || o.isRemoved()) {
            throw VirtException.of(ErrorCode.NO_DOMAIN, ErrorDomain.QEMU, "no domain with matching %s", what);
        }
        return o.ref();
    }

    @Override
    default DomainRef domainLookupByID(int id) {
        return live(driver().domains.findByID(id), "id " + id);
    }

    @Override
    default DomainRef domainLookupByName(String name) {
        return live(driver().domains.findByName(name), "name '" + name + "'");
    }

    @Override
    default DomainRef domainLookupByUUID(UUID uuid) {
        return live(driver().domains.findByUUID(uuid), "uuid '" + uuid + "'");
    }

    @Override
    default int[] connectListDomains(int maxids) {
        return driver().domains.activeIds(maxids);
    }

    @Override
    default int connectNumOfDomains() {
        return driver().domains.count(true);
    }

    @Override
    default List<String> connectListDefinedDomains(int maxnames) {
        return driver().domains.inactiveNames(maxnames);
    }

    @Override
    default int connectNumOfDefinedDomains() {
        return driver().domains.count(false);
    }

    @Override
    default List<DomainRef> connectListAllDomains(int flags) {
        VirErrors.checkFlags(flags, 0x3FFF, ErrorDomain.QEMU, "qemuConnectListAllDomains");
        return driver().domains.refs(flags);
    }

    /** qemuDomainDefineXMLFlags: the config file is written (atomically) before the domain is visible as changed. */
    @Override
    default DomainRef domainDefineXMLFlags(String xml, int flags) {
        VirErrors.checkFlags(flags, DomainDefineFlag.VALIDATE.value(), ErrorDomain.QEMU, "qemuDomainDefineXMLFlags");
        QemuDriver d = driver();
        DomainDef def = d.defs.parse(xml, (flags & DomainDefineFlag.VALIDATE.value()) != 0);
        DomainObjList.Added added = d.domains.add(def, 0);
        DomainObj obj = added.obj();
        try {
            try {
                d.saveConfig(def);
            } catch (VirtException e) {
                if (added.created()) {
                    d.domains.remove(obj);
                } else {
                    obj.assignDef(added.oldDef(), false);
                }
                throw e;
            }
            obj.setPersistent(true);
            d.events.lifecycle(obj, added.oldDef() == null && added.created()
                    ? DomainEventDetail.Defined.ADDED : DomainEventDetail.Defined.UPDATED);
            return obj.ref();
        } finally {
            obj.unlock();
        }
    }

    @Override
    default void domainUndefineFlags(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, 0x7f, ErrorDomain.QEMU, "qemuDomainUndefineFlags");
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            d.withDom(dom, o -> {
                if (!o.isPersistent()) {
                    throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU, "cannot undefine transient domain");
                }
                if (!o.isActive() && o.hasManagedSave()) {
                    if ((flags & DomainUndefineFlag.MANAGED_SAVE.value()) == 0) {
                        throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU,
                                "Refusing to undefine while domain managed save image exists");
                    }
                    try {
                        java.nio.file.Files.deleteIfExists(d.config.managedSaveFile(o.name()));
                    } catch (java.io.IOException e) {
                        throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "Failed to remove managed save file '%s': %s",
                                d.config.managedSaveFile(o.name()), e.getMessage());
                    }
                    o.setHasManagedSave(false);
                }
                d.deleteConfig(o.name());
                QemuAutostart.unmark(d, o);
                d.deleteShutoffReason(o.name());
                d.events.lifecycle(o, DomainEventDetail.Undefined.REMOVED);
                if (o.isActive()) {
                    o.setPersistent(false);
                } else {
                    d.domains.remove(o);
                }
                return null;
            });
        }
    }

    /** qemuDomainCreateXML: a transient domain that exists only while it runs; a failed start leaves nothing. */
    @Override
    default DomainRef domainCreateXML(String xml, int flags) {
        VirErrors.checkFlags(flags, DomainCreateFlag.START_PAUSED.value() | DomainCreateFlag.START_VALIDATE.value()
                | DomainCreateFlag.START_FORCE_BOOT.value(), ErrorDomain.QEMU, "qemuDomainCreateXML");
        QemuDriver d = driver();
        DomainDef def = d.defs.parse(xml, (flags & DomainCreateFlag.START_VALIDATE.value()) != 0);
        DomainObj obj = d.domains.add(def, DomainObjList.ADD_LIVE | DomainObjList.ADD_CHECK_LIVE).obj();
        obj.unlock();
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            try {
                QemuProcess.start(d, obj, (flags & DomainCreateFlag.START_PAUSED.value()) != 0);
            } catch (RuntimeException e) {
                obj.lock();
                try {
                    if (!obj.isActive() && !obj.isPersistent()) {
                        d.domains.remove(obj);
                    }
                } finally {
                    obj.unlock();
                }
                throw e;
            }
            return d.withDom(obj.ref(), DomainObj::ref);
        }
    }

    @Override
    default boolean domainIsActive(DomainRef dom) {
        return driver().withDom(dom, DomainObj::isActive);
    }

    @Override
    default boolean domainIsPersistent(DomainRef dom) {
        return driver().withDom(dom, DomainObj::isPersistent);
    }

    @Override
    default boolean domainIsUpdated(DomainRef dom) {
        return driver().withDom(dom, o -> false);
    }
}
