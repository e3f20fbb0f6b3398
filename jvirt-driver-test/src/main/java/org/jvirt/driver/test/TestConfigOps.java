package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.jvirt.VcpuInfo;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainFormatOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.conf.domain.VcpuDef;
import org.jvirt.core.DomainObj;
import org.jvirt.core.ModificationImpact;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainMemoryModFlag;
import org.jvirt.flags.DomainVcpuFlag;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/** Memory, vCPU and XML entries: everything that reads or changes a definition. */
interface TestConfigOps extends HypervisorDriver {

    TestDriver driver();

    int LIVE = ModificationImpact.AFFECT_LIVE;
    int CONFIG = ModificationImpact.AFFECT_CONFIG;

    @Override
    default String domainGetOSType(DomainRef dom) {
        return "linux";
    }

    @Override
    default long domainGetMaxMemory(DomainRef dom) {
        return driver().withDom(dom, obj -> obj.def().memoryKiB());
    }

    @Override
    default void domainSetMaxMemory(DomainRef dom, long memory) {
        domainSetMemoryFlags(dom, memory, DomainMemoryModFlag.MAXIMUM.value());
    }

    @Override
    default void domainSetMemoryFlags(DomainRef dom, long memory, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, LIVE | CONFIG | DomainMemoryModFlag.MAXIMUM.value(), ErrorDomain.TEST,
                "testDomainSetMemoryFlags");
        driver().runDom(dom, obj -> {
            ModificationImpact impact = ModificationImpact.one(obj, flags);
            DomainDef def = impact.pick(obj);
            DomainDef changed;
            if ((flags & DomainMemoryModFlag.MAXIMUM.value()) != 0) {
                if (impact.live()) {
                    throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                            "cannot resize the maximum memory on an active domain");
                }
                if (def.maxMemoryKiB() != 0 && def.maxMemoryKiB() < memory) {
                    throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                            "cannot set initial memory size greater than the maximum memory size");
                }
                changed = def.withMemory(memory);
            } else {
                if (memory > def.memoryKiB()) {
                    throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                            "cannot set memory higher than max memory");
                }
                changed = def.withCurrentMemory(memory);
            }
            impact.store(obj, changed);
        });
    }

    @Override
    default int domainGetVcpusFlags(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, LIVE | CONFIG | DomainVcpuFlag.MAXIMUM.value(), ErrorDomain.TEST, "testDomainGetVcpusFlags");
        return driver().withDom(dom, obj -> {
            DomainDef def = ModificationImpact.one(obj, flags).pick(obj);
            return (flags & DomainVcpuFlag.MAXIMUM.value()) != 0 ? def.vcpu().max() : def.vcpu().online();
        });
    }

    @Override
    default int domainGetMaxVcpus(DomainRef dom) {
        return domainGetVcpusFlags(dom, LIVE | DomainVcpuFlag.MAXIMUM.value());
    }

    @Override
    default void domainSetVcpusFlags(DomainRef dom, int nvcpus, int flags) {
        int maximum = DomainVcpuFlag.MAXIMUM.value();
        // public-layer checks of virDomainSetVcpusFlags (VIR_FROM_DOMAIN)
        if ((flags & maximum) != 0 && (flags & CONFIG) == 0) {
            throw VirErrors.invalidArg(ErrorDomain.DOMAIN,
                    "Flag 'VIR_DOMAIN_AFFECT_CONFIG' is required by flag 'VIR_DOMAIN_VCPU_MAXIMUM'");
        }
        if ((flags & DomainVcpuFlag.GUEST.value()) != 0 && (flags & CONFIG) != 0) {
            throw VirErrors.invalidArg(ErrorDomain.DOMAIN,
                    "Flags 'VIR_DOMAIN_VCPU_GUEST' and 'VIR_DOMAIN_AFFECT_CONFIG' are mutually exclusive");
        }
        if (nvcpus == 0) {
            throw VirErrors.invalidArg(ErrorDomain.DOMAIN, "nvcpus in virDomainSetVcpusFlags must not be zero");
        }
        org.jvirt.core.VirErrors.checkFlags(flags, LIVE | CONFIG | maximum, ErrorDomain.TEST, "testDomainSetVcpusFlags");
        int maxSupported = connectGetMaxVcpus(null);
        if (Integer.compareUnsigned(nvcpus, maxSupported) > 0) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                    "requested cpu amount exceeds maximum supported amount (%d > %d)", nvcpus, maxSupported);
        }
        driver().runDom(dom, obj -> {
            ModificationImpact impact = ModificationImpact.of(obj, flags);
            DomainDef live = impact.live() ? obj.def() : null;
            DomainDef persistent = impact.config() ? obj.persistentDef() : null;
            if (live != null && live.vcpu().max() < nvcpus) {
                throw exceeds(nvcpus, live.vcpu().max());
            }
            if (persistent != null && (flags & maximum) == 0 && persistent.vcpu().max() < nvcpus) {
                throw exceeds(nvcpus, persistent.vcpu().max());
            }
            if (live != null) {
                obj.setDef(live.withVcpu(live.vcpu().withCurrent(nvcpus)));
            }
            if (persistent != null) {
                VcpuDef v = persistent.vcpu();
                // virDomainDefSetVcpusMax keeps the online count (new vCPUs start offline)
                int online = Math.min(v.online(), nvcpus);
                VcpuDef nv = (flags & maximum) != 0
                        ? new VcpuDef(nvcpus, online == nvcpus ? 0 : online, v.placement(), v.cpuset())
                        : v.withCurrent(nvcpus);
                DomainDef changed = persistent.withVcpu(nv);
                if (obj.isActive()) {
                    obj.setNewDef(changed);
                } else {
                    obj.setDef(changed);
                }
            }
        });
    }

    private static VirtException exceeds(int n, int max) {
        return VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                "requested cpu amount exceeds maximum (%d > %d)", n, max);
    }

    @Override
    default List<VcpuInfo> domainGetVcpus(DomainRef dom) {
        return driver().withDom(dom, obj -> {
            if (!obj.isActive()) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                        "cannot list vcpus for an inactive domain");
            }
            DomainDef def = obj.def();
            int hostcpus = driver().maxHostCpus();
            long cpuTime = TestStatsOps.realTimeMicros() / 10;
            List<VcpuInfo> out = new ArrayList<>();
            for (int i = 0; i < def.vcpu().online(); i++) {
                BitSet map = affinity(obj, def, true, i);
                out.add(new VcpuInfo(i, 1, cpuTime, map.length() - 1, toArray(map, hostcpus)));
            }
            return out;
        });
    }

    /** The vCPU's pinning, else the domain's cpuset, else every host CPU. */
    private BitSet affinity(DomainObj obj, DomainDef def, boolean liveDef, int vcpu) {
        BitSet pin = liveDef && obj.isActive() ? obj.vcpuPins().get(vcpu) : null;
        if (pin != null) {
            return pin;
        }
        if (def.vcpu().cpuset() != null) {
            return TestCpuMaps.parse(def.vcpu().cpuset());
        }
        return driver().allHostCpus();
    }

    private static boolean[] toArray(BitSet map, int n) {
        boolean[] out = new boolean[n];
        for (int i = 0; i < n; i++) {
            out[i] = map.get(i);
        }
        return out;
    }

    /** testDomainPinVcpu: the flags variant with 0. */
    @Override
    default void domainPinVcpu(DomainRef dom, int vcpu, boolean[] cpumap) {
        domainPinVcpuFlags(dom, vcpu, cpumap, 0);
    }

    @Override
    default void domainPinVcpuFlags(DomainRef dom, int vcpu, boolean[] cpumap, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainPinVcpuFlags");
        driver().runDom(dom, obj -> {
            if (!obj.isActive()) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                        "cannot pin vcpus on an inactive domain");
            }
            if (vcpu < 0 || vcpu >= obj.def().vcpu().online()) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                        "requested vcpu '%d' is not present in the domain", vcpu);
            }
            BitSet map = new BitSet();
            for (int i = 0; i < cpumap.length; i++) {
                if (cpumap[i]) {
                    map.set(i);
                }
            }
            obj.vcpuPins().put(vcpu, map);
        });
    }

    /** testDomainGetVcpuPinInfo checks no flags of its own; one map per vCPU of the chosen definition. */
    @Override
    default List<boolean[]> domainGetVcpuPinInfo(DomainRef dom, int flags) {
        return driver().withDom(dom, obj -> {
            ModificationImpact impact = ModificationImpact.one(obj, flags);
            DomainDef def = impact.pick(obj);
            int hostcpus = driver().maxHostCpus();
            List<boolean[]> out = new ArrayList<>();
            for (int i = 0; i < def.vcpu().max(); i++) {
                out.add(toArray(affinity(obj, def, impact.live(), i), hostcpus));
            }
            return out;
        });
    }

    @Override
    default String domainGetXMLDesc(DomainRef dom, int flags) {
        // VIR_DOMAIN_XML_COMMON_FLAGS: SECURE | INACTIVE | MIGRATABLE
        org.jvirt.core.VirErrors.checkFlags(flags, 1 | 2 | 8, ErrorDomain.TEST, "testDomainGetXMLDesc");
        return driver().withDom(dom, obj -> {
            boolean inactive = (flags & 2) != 0;
            DomainDef def = inactive && obj.newDef() != null ? obj.newDef() : obj.def();
            return DomainXml.format(def, DomainFormatOptions.of(inactive ? -1 : obj.id(), flags));
        });
    }

    /** Not in libvirt 9.0's test driver table: the public layer's NO_SUPPORT, raised under VIR_FROM_DOMAIN. */
    @Override
    default void domainAttachDeviceFlags(DomainRef dom, String xml, int flags) {
        throw VirtException.of(ErrorCode.NO_SUPPORT, ErrorDomain.DOMAIN, "virDomainAttachDeviceFlags");
    }

    @Override
    default void domainDetachDeviceFlags(DomainRef dom, String xml, int flags) {
        throw VirtException.of(ErrorCode.NO_SUPPORT, ErrorDomain.DOMAIN, "virDomainDetachDeviceFlags");
    }

    @Override
    default void domainUpdateDeviceFlags(DomainRef dom, String xml, int flags) {
        throw VirtException.of(ErrorCode.NO_SUPPORT, ErrorDomain.DOMAIN, "virDomainUpdateDeviceFlags");
    }
}
