package org.jvirt.driver.qemu;

import org.jvirt.DomainState;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.VcpuDef;
import org.jvirt.core.DomainJob;
import org.jvirt.core.DomainObj;
import org.jvirt.core.JobGuard;
import org.jvirt.core.ModificationImpact;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainVcpuFlag;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * setvcpus and vcpucount (qemuDomainSetVcpusFlags, qemuDomainGetVcpusFlags). The config count and maximum are
 * written to the persistent config; the live count changes by CPU hotplug ({@link QemuVcpuHotplug}), which QEMU
 * allows up to the maxcpus the domain started with ({@code <vcpu current='N'>M</vcpu>}). The guest agent modes
 * are refused as libvirt refuses them for a domain without an agent channel.
 */
interface QemuVcpuCountOps extends HypervisorDriver {

    QemuDriver driver();

    int LIVE = ModificationImpact.AFFECT_LIVE;
    int CONFIG = ModificationImpact.AFFECT_CONFIG;

    @Override
    default int domainGetVcpusFlags(DomainRef dom, int flags) {
        int guest = DomainVcpuFlag.GUEST.value();
        VirErrors.checkFlags(flags, LIVE | CONFIG | DomainVcpuFlag.MAXIMUM.value() | guest, ErrorDomain.QEMU,
                "qemuDomainGetVcpusFlags");
        return driver().withDom(dom, o -> {
            ModificationImpact impact = ModificationImpact.one(o, flags);
            DomainDef def = impact.pick(o);
            if ((flags & guest) != 0) {
                if (impact.config()) { // also an inactive domain without flags: libvirt checks the def it picked
                    throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU,
                            "vCPU count provided by the guest agent can only be requested for live domains");
                }
                throw noAgent(o);
            }
            return (flags & DomainVcpuFlag.MAXIMUM.value()) != 0 ? def.vcpu().max() : def.vcpu().online();
        });
    }

    @Override
    default void domainSetVcpusFlags(DomainRef dom, int nvcpus, int flags) {
        int maximum = DomainVcpuFlag.MAXIMUM.value();
        int guest = DomainVcpuFlag.GUEST.value();
        // public-layer checks of virDomainSetVcpusFlags (VIR_FROM_DOMAIN)
        if ((flags & maximum) != 0 && (flags & CONFIG) == 0) {
            throw VirErrors.invalidArg(ErrorDomain.DOMAIN,
                    "Flag 'VIR_DOMAIN_AFFECT_CONFIG' is required by flag 'VIR_DOMAIN_VCPU_MAXIMUM'");
        }
        if ((flags & guest) != 0 && (flags & CONFIG) != 0) {
            throw VirErrors.invalidArg(ErrorDomain.DOMAIN,
                    "Flags 'VIR_DOMAIN_VCPU_GUEST' and 'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive");
        }
        if (nvcpus == 0) {
            throw VirErrors.invalidArg(ErrorDomain.DOMAIN, "nvcpus in virDomainSetVcpusFlags must not be zero");
        }
        VirErrors.checkFlags(flags, LIVE | CONFIG | maximum | guest | DomainVcpuFlag.HOTPLUGGABLE.value(),
                ErrorDomain.QEMU, "qemuDomainSetVcpusFlags");
        QemuDriver d = driver();
        DomainObj obj = d.find(dom);
        try (JobGuard job = d.jobs.begin(obj, DomainJob.MODIFY)) {
            ModificationImpact impact = d.withDom(dom, o -> ModificationImpact.of(o, flags));
            if ((flags & guest) != 0) {
                throw d.withDom(dom, QemuVcpuCountOps::noAgent);
            }
            if ((flags & maximum) != 0) {
                setMaximum(d, dom, impact, nvcpus);
                return;
            }
            d.withDom(dom, o -> {
                if (impact.live() && nvcpus > o.def().vcpu().max()) {
                    throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU,
                            "requested vcpus is greater than max allowable vcpus for the live domain: %d > %d",
                            nvcpus, o.def().vcpu().max());
                }
                if (impact.config() && nvcpus > o.persistentDef().vcpu().max()) {
                    throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU,
                            "requested vcpus is greater than max allowable vcpus for the persistent domain: %d > %d",
                            nvcpus, o.persistentDef().vcpu().max());
                }
                return null;
            });
            if (impact.live()) {
                QemuVcpuHotplug.setLive(d, dom, d.withDom(dom, o -> QemuControl.runtime(d, o)), nvcpus);
            }
            if (impact.config()) {
                d.withDom(dom, o -> {
                    DomainDef p = o.persistentDef();
                    QemuMemoryOps.store(d, o, p.withVcpu(p.vcpu().withCurrent(nvcpus)));
                    return null;
                });
            }
        }
    }

    /** qemuDomainSetVcpusMax: the persistent maximum; new vCPUs start offline, as virDomainDefSetVcpusMax adds them. */
    private static void setMaximum(QemuDriver d, DomainRef dom, ModificationImpact impact, int nvcpus) {
        if (impact.live()) {
            throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.QEMU,
                    "maximum vcpu count of a live domain can't be modified");
        }
        d.withDom(dom, o -> {
            DomainDef p = o.persistentDef();
            VcpuDef v = p.vcpu();
            int online = Math.min(v.online(), nvcpus);
            VcpuDef nv = new VcpuDef(nvcpus, online == nvcpus ? 0 : online, v.placement(), v.cpuset());
            QemuMemoryOps.store(d, o, p.withVcpu(nv));
            return null;
        });
    }

    /** qemuDomainAgentAvailable for a domain that never has an agent channel. */
    private static VirtException noAgent(DomainObj o) {
        if (o.state() != DomainState.RUNNING) {
            return VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.QEMU, "domain is not running");
        }
        return VirtException.of(ErrorCode.ARGUMENT_UNSUPPORTED, ErrorDomain.QEMU, "QEMU guest agent is not configured");
    }
}
