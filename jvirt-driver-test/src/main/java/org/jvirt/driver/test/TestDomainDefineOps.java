package org.jvirt.driver.test;

import java.util.List;
import java.util.UUID;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.core.DomainObj;
import org.jvirt.core.DomainObjList;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.event.DomainEventDetail;
import org.jvirt.flags.DomainCreateFlag;
import org.jvirt.flags.DomainDefineFlag;
import org.jvirt.flags.DomainUndefineFlag;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/** Domain lookup, listing, define / createXML / undefine and the simple per-domain flags. */
interface TestDomainDefineOps extends HypervisorDriver {

    TestDriver driver();

    /** virDomainObjListFind* misses: libvirt's test driver reports NO_DOMAIN without detail. */
    private static VirtException noDomain() {
        return VirtException.of(ErrorCode.NO_DOMAIN, ErrorDomain.TEST, (String) null);
    }

    private static DomainRef refOf(DomainObj o) {
        if (o == null || o.isRemoved()) {
            throw noDomain();
        }
        return o.ref();
    }

    @Override
    default DomainRef domainLookupByID(int id) {
        return refOf(driver().domains.findByID(id));
    }

    @Override
    default DomainRef domainLookupByName(String name) {
        return refOf(driver().domains.findByName(name));
    }

    @Override
    default DomainRef domainLookupByUUID(UUID uuid) {
        return refOf(driver().domains.findByUUID(uuid));
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
        org.jvirt.core.VirErrors.checkFlags(flags, 0xFFFF, ErrorDomain.TEST, "testConnectListAllDomains");
        return driver().domains.refs(flags);
    }

    @Override
    default DomainRef domainDefineXMLFlags(String xml, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, DomainDefineFlag.VALIDATE.value(), ErrorDomain.TEST, "testDomainDefineXMLFlags");
        DomainDef def = driver().parseDomain(xml, (flags & DomainDefineFlag.VALIDATE.value()) != 0);
        DomainObjList.Added added = driver().domains.add(def, 0);
        DomainObj obj = added.obj();
        try {
            obj.setPersistent(true);
            driver().events.lifecycle(obj, added.oldDef() == null ? DomainEventDetail.Defined.ADDED : DomainEventDetail.Defined.UPDATED);
            return obj.ref();
        } finally {
            obj.unlock();
        }
    }

    @Override
    default DomainRef domainCreateXML(String xml, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, DomainCreateFlag.START_VALIDATE.value(), ErrorDomain.TEST, "testDomainCreateXML");
        DomainDef def = driver().parseDomain(xml, (flags & DomainCreateFlag.START_VALIDATE.value()) != 0);
        DomainObjList.Added added = driver().domains.add(def,
                DomainObjList.ADD_LIVE | DomainObjList.ADD_CHECK_LIVE);
        DomainObj obj = added.obj();
        try {
            driver().startState(obj, 1 /* VIR_DOMAIN_RUNNING_BOOTED */);
            driver().events.lifecycle(obj, DomainEventDetail.Started.BOOTED);
            return obj.ref();
        } finally {
            obj.unlock();
        }
    }

    @Override
    default void domainUndefineFlags(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, DomainUndefineFlag.MANAGED_SAVE.value() | DomainUndefineFlag.SNAPSHOTS_METADATA.value(),
                ErrorDomain.TEST, "testDomainUndefineFlags");
        driver().runDom(dom, obj -> {
            if (obj.hasManagedSave() && (flags & DomainUndefineFlag.MANAGED_SAVE.value()) == 0) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                        "Refusing to undefine while domain managed save image exists");
            }
            int nsnapshots = obj.snapshots().size();
            if (!obj.isActive() && nsnapshots > 0) {
                if ((flags & DomainUndefineFlag.SNAPSHOTS_METADATA.value()) == 0) {
                    throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                            "cannot delete inactive domain with %d snapshots", nsnapshots);
                }
                obj.snapshots().removeAll();
            }
            obj.setHasManagedSave(false);
            driver().events.lifecycle(obj, DomainEventDetail.Undefined.REMOVED);
            if (obj.isActive()) {
                obj.setPersistent(false);
            } else {
                driver().domains.remove(obj);
            }
        });
    }

    @Override
    default boolean domainIsActive(DomainRef dom) {
        return driver().withDom(dom, DomainObj::isActive);
    }

    @Override
    default boolean domainIsPersistent(DomainRef dom) {
        return driver().withDom(dom, DomainObj::isPersistent);
    }

    /** testDomainIsUpdated answers 0 without even looking the domain up. */
    @Override
    default boolean domainIsUpdated(DomainRef dom) {
        return false;
    }

    @Override
    default boolean domainGetAutostart(DomainRef dom) {
        return driver().withDom(dom, DomainObj::isAutostart);
    }

    @Override
    default void domainSetAutostart(DomainRef dom, boolean autostart) {
        driver().runDom(dom, obj -> obj.setAutostart(autostart));
    }
}
