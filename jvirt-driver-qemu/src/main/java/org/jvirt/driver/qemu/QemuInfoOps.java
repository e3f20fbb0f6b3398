package org.jvirt.driver.qemu;

import org.jvirt.DomainInfo;
import org.jvirt.DomainStateReason;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainFormatOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.core.DomainObj;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorDomain;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/** dominfo, domstate, dumpxml and the small getters; no monitor I/O, so no job. */
interface QemuInfoOps extends HypervisorDriver {

    QemuDriver driver();

    @Override
    default DomainInfo domainGetInfo(DomainRef dom) {
        return driver().withDom(dom, o -> {
            DomainDef def = o.def();
            QemuDomainRuntime rt = driver().runtimes.get(o.uuid());
            long cpu = o.isActive() && rt != null ? QemuProcs.cpuTimeNanos(rt.pid) : 0;
            int vcpus = def.vcpu().current() > 0 ? def.vcpu().current() : def.vcpu().max();
            return new DomainInfo(o.state(), def.memoryKiB(), o.isActive() ? def.currentMemoryKiB() : def.memoryKiB(),
                    vcpus, cpu);
        });
    }

    @Override
    default DomainStateReason domainGetState(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, 0, ErrorDomain.QEMU, "qemuDomainGetState");
        return driver().withDom(dom, DomainObj::stateReason);
    }

    @Override
    default String domainGetXMLDesc(DomainRef dom, int flags) {
        // VIR_DOMAIN_XML_COMMON_FLAGS: SECURE | INACTIVE | UPDATE_CPU | MIGRATABLE
        VirErrors.checkFlags(flags, 1 | 2 | 4 | 8, ErrorDomain.QEMU, "qemuDomainGetXMLDesc");
        return driver().withDom(dom, o -> {
            boolean inactive = (flags & 2) != 0;
            DomainDef def = inactive && o.newDef() != null ? o.newDef() : o.def();
            return DomainXml.format(def, DomainFormatOptions.of(inactive ? -1 : o.id(), flags));
        });
    }

    @Override
    default String domainGetOSType(DomainRef dom) {
        return driver().withDom(dom, o -> o.def().os().type());
    }

    @Override
    default long domainGetMaxMemory(DomainRef dom) {
        return driver().withDom(dom, o -> o.def().memoryKiB());
    }

    @Override
    default int domainGetMaxVcpus(DomainRef dom) {
        return driver().withDom(dom, o -> {
            if (!o.isActive()) {
                throw VirErrors.notRunning();
            }
            return o.def().vcpu().max();
        });
    }

    @Override
    default boolean domainGetAutostart(DomainRef dom) {
        return driver().withDom(dom, DomainObj::isAutostart);
    }
}
