package org.jvirt.driver.qemu;

import org.jvirt.conf.domain.DomainDef;
import org.jvirt.core.DomainJob;
import org.jvirt.core.DomainObj;
import org.jvirt.core.JobGuard;
import org.jvirt.core.ModificationImpact;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainMemoryModFlag;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * setmem and setmaxmem (qemuDomainSetMemoryFlags). The live size moves through the balloon; the live XML's
 * currentMemory follows QEMU's BALLOON_CHANGE events (and query-balloon when a later process reconnects), as in
 * libvirt, so it shows what the guest gave back rather than what was asked. The maximum changes in the persistent
 * config only. Config changes are written at once (atomically) by {@link QemuDriver#saveConfig}.
 */
interface QemuMemoryOps extends HypervisorDriver {

    QemuDriver driver();

    @Override
    default void domainSetMaxMemory(DomainRef dom, long memory) {
        domainSetMemoryFlags(dom, memory, DomainMemoryModFlag.MAXIMUM.value());
    }

    @Override
    default void domainSetMemoryFlags(DomainRef dom, long memory, int flags) {
        int maximum = DomainMemoryModFlag.MAXIMUM.value();
        VirErrors.checkFlags(flags, ModificationImpact.AFFECT_LIVE | ModificationImpact.AFFECT_CONFIG | maximum,
                ErrorDomain.QEMU, "qemuDomainSetMemoryFlags");
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            ModificationImpact impact = d.withDom(dom, o -> ModificationImpact.of(o, flags));
            if ((flags & maximum) != 0) {
                setMaximum(d, dom, impact, memory);
                return;
            }
            QemuDomainRuntime rt = impact.live() ? d.withDom(dom, o -> QemuControl.runtime(d, o)) : null;
            long oldmax = d.withDom(dom, o -> {
                long max = impact.live() ? o.def().memoryKiB() : 0;
                if (impact.config() && (!impact.live() || max > o.persistentDef().memoryKiB())) {
                    max = o.persistentDef().memoryKiB();
                }
                return max;
            });
            if (memory > oldmax) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU, "cannot set memory higher than max memory");
            }
            if (rt != null && !rt.monitor.balloon(memory * 1024)) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU,
                        "Unable to change memory of active domain without the balloon device and guest OS balloon driver");
            }
            if (impact.config()) {
                d.withDom(dom, o -> {
                    store(d, o, o.persistentDef().withCurrentMemory(memory));
                    return null;
                });
            }
        }
    }

    private static void setMaximum(QemuDriver d, DomainRef dom, ModificationImpact impact, long memory) {
        if (impact.live()) {
            throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU,
                    "cannot resize the maximum memory on an active domain");
        }
        d.withDom(dom, o -> {
            DomainDef p = o.persistentDef();
            if (p.maxMemoryKiB() != 0 && p.maxMemoryKiB() < memory) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU,
                        "cannot set initial memory size greater than the maximum memory size");
            }
            store(d, o, p.withMemory(memory)); // currentMemory is clamped to the new size
            return null;
        });
    }

    /** Writes the changed persistent definition (virDomainDefSave), then keeps it (caller holds the lock). */
    static void store(QemuDriver d, DomainObj o, DomainDef changed) {
        d.saveConfig(changed);
        if (o.isActive()) {
            o.setNewDef(changed);
        } else {
            o.setDef(changed);
        }
    }
}
