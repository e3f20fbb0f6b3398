package org.jvirt.driver.test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jvirt.BlockStats;
import org.jvirt.DomainBlockInfo;
import org.jvirt.DomainControlInfo;
import org.jvirt.DomainDiskError;
import org.jvirt.DomainInfo;
import org.jvirt.DomainState;
import org.jvirt.DomainStateReason;
import org.jvirt.DomainTime;
import org.jvirt.InterfaceStats;
import org.jvirt.MemoryStat;
import org.jvirt.TypedParameter;
import org.jvirt.conf.domain.DiskDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.InterfaceDef;
import org.jvirt.conf.domain.MemballoonDef;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * Read-only information: info, state, statistics (numbers derived from the wall clock, as libvirt's test driver
 * does, "just enough to mix it up"), scheduler, guest hostname and security label.
 */
interface TestStatsOps extends HypervisorDriver {

    TestDriver driver();

    /** g_get_real_time(): microseconds since the epoch. */
    static long realTimeMicros() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000L + now.getNano() / 1000;
    }

    @Override
    default DomainInfo domainGetInfo(DomainRef dom) {
        return driver().withDom(dom, obj -> {
            DomainDef def = obj.def();
            return new DomainInfo(obj.state(), def.memoryKiB(), def.currentMemoryKiB(), def.vcpu().online(),
                    realTimeMicros() * 1000);
        });
    }

    @Override
    default DomainStateReason domainGetState(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainGetState");
        return driver().withDom(dom, obj -> obj.stateReason());
    }

    @Override
    default List<MemoryStat> domainMemoryStats(DomainRef dom, int nrStats, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainMemoryStats");
        return driver().withDom(dom, obj -> {
            TestDriver.checkActive(obj);
            DomainDef def = obj.def();
            List<MemoryStat> out = new ArrayList<>();
            boolean balloon = false;
            for (MemballoonDef m : def.devices().memballoons()) {
                balloon |= !"none".equals(m.model());
            }
            if (!balloon) {
                return out;
            }
            // libvirt keeps cur_balloon in an int here
            long cur = (int) def.currentMemoryKiB();
            long[][] stats = {{6, cur}, {0, 0}, {1, 0}, {2, 0}, {3, 0}, {4, cur / 2}, {5, cur}, {8, cur / 2},
                {9, 627319920}, {10, cur / 8}, {11, 0}, {12, 0}, {7, cur / 2}};
            for (long[] s : stats) {
                if (out.size() >= nrStats) {
                    break;
                }
                out.add(new MemoryStat((int) s[0], s[1]));
            }
            return out;
        });
    }

    /** testDomainSetMemoryStatsPeriod: stores the period on the balloon of the one definition chosen. */
    @Override
    default void domainSetMemoryStatsPeriod(DomainRef dom, int period, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, org.jvirt.core.ModificationImpact.AFFECT_LIVE
                | org.jvirt.core.ModificationImpact.AFFECT_CONFIG, ErrorDomain.TEST, "testDomainSetMemoryStatsPeriod");
        driver().runDom(dom, obj -> {
            org.jvirt.core.ModificationImpact impact = org.jvirt.core.ModificationImpact.one(obj, flags);
            DomainDef def = impact.pick(obj);
            DomainDef changed = def;
            for (MemballoonDef m : def.devices().memballoons()) {
                if (!"none".equals(m.model())) {
                    changed = changed.withoutDevice(m).withDevice(m.withPeriod(period));
                }
            }
            if (changed == def) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                        "No memory balloon device configured, can not set the collection period");
            }
            impact.store(obj, changed);
        });
    }

    @Override
    default BlockStats domainBlockStats(DomainRef dom, String path) {
        if (path.isEmpty()) {
            throw VirtException.of(ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.TEST,
                    "summary statistics are not supported yet");
        }
        return driver().withDom(dom, obj -> {
            TestDriver.checkActive(obj);
            boolean found = false;
            for (DiskDef d : obj.def().devices().disks()) {
                found |= path.equals(d.targetDev()) || path.equals(d.source());
            }
            if (!found) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST, "invalid path: %s", path);
            }
            long base = realTimeMicros();
            return new BlockStats(base / 10, base / 20, base / 30, base / 40, base / (1000L * 1000L * 2));
        });
    }

    @Override
    default InterfaceStats domainInterfaceStats(DomainRef dom, String device) {
        return driver().withDom(dom, obj -> {
            TestDriver.checkActive(obj);
            findNet(obj.def(), device);
            long b = realTimeMicros();
            return new InterfaceStats(b / 10, b / 100, b / 1_000_000L, b / 2_000_000L,
                    b / 20, b / 110, b / 3_000_000L, b / 4_000_000L);
        });
    }

    /** virDomainNetFind: by MAC when the text is one, else by host-side name. */
    private static InterfaceDef findNet(DomainDef def, String device) {
        boolean isMac = device.matches("(?i)[0-9a-f]{1,2}(:[0-9a-f]{1,2}){5}");
        for (InterfaceDef n : def.devices().interfaces()) {
            if (isMac ? n.mac() != null && n.mac().equalsIgnoreCase(device) : device.equals(n.ifname())) {
                return n;
            }
        }
        if (isMac) {
            throw VirtException.of(ErrorCode.DEVICE_MISSING, ErrorDomain.DOMAIN,
                    "mac address '%s' matches no interface", device);
        }
        throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN, "'%s' is not a known interface", device);
    }

    /** testDomainObjPrivateAlloc: every domain object starts with its guest clock at this second. */
    long GUEST_SECONDS = 627319920L;

    /** Only a running domain (not a paused one) answers, with the clock domainSetTime last stored. */
    @Override
    default DomainTime domainGetTime(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainGetTime");
        return driver().withDom(dom, obj -> {
            if (obj.state() != DomainState.RUNNING) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST, "domain is not running");
            }
            return driver().clock(obj);
        });
    }

    /** Fixed sizes for any disk with a source, active or not. */
    @Override
    default DomainBlockInfo domainGetBlockInfo(DomainRef dom, String path, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainGetBlockInfo");
        return driver().withDom(dom, obj -> {
            DiskDef disk = null;
            for (DiskDef d : obj.def().devices().disks()) {
                if (disk == null && (path.equals(d.targetDev()) || path.equals(d.source()))) {
                    disk = d;
                }
            }
            if (disk == null) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                        "invalid path %s not assigned to domain", path);
            }
            if (disk.source() == null || disk.source().isEmpty()) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                        "disk '%s' does not currently have a source assigned", path);
            }
            return new DomainBlockInfo(1099506450432L, 1099511627776L, 1099511627776L);
        });
    }

    /** Derived from the guest clock as libvirt's test driver does (so domainSetTime changes it). */
    @Override
    default DomainControlInfo domainGetControlInfo(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainGetControlInfo");
        return driver().withDom(dom, obj -> {
            TestDriver.checkActive(obj);
            long s = driver().clock(obj).seconds();
            if (s > 0 && s < 10000) {
                return new DomainControlInfo(1, 0, s);
            } else if (s >= 10000 && s < 30000) {
                return new DomainControlInfo(2, 0, s - 10000);
            } else if (s >= 30000 && s < 60000) {
                return new DomainControlInfo(3, (int) (s % 4), s - 30000);
            }
            return new DomainControlInfo(0, 0, 0);
        });
    }

    /** Every disk reports an error, alternating unspecified / no space. */
    @Override
    default List<DomainDiskError> domainGetDiskErrors(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainGetDiskErrors");
        return driver().withDom(dom, obj -> {
            TestDriver.checkActive(obj);
            List<DomainDiskError> out = new ArrayList<>();
            List<DiskDef> disks = obj.def().devices().disks();
            for (int i = 0; i < disks.size(); i++) {
                out.add(new DomainDiskError(disks.get(i).targetDev(), (i % 2) + 1));
            }
            return out;
        });
    }

    /** testDomainGetSchedulerType does not even look the domain up. */
    @Override
    default String domainGetSchedulerType(DomainRef dom) {
        return "fair";
    }

    @Override
    default int domainGetSchedulerNParams(DomainRef dom) {
        return 1;
    }

    @Override
    default List<TypedParameter> domainGetSchedulerParametersFlags(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainGetSchedulerParametersFlags");
        return driver().withDom(dom, obj -> List.of(new TypedParameter.UInt("weight", 50)));
    }

    /** Accepts "weight" (uint) and changes nothing, as libvirt's test driver. */
    @Override
    default void domainSetSchedulerParametersFlags(DomainRef dom, List<TypedParameter> params, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainSetSchedulerParametersFlags");
        org.jvirt.core.TypedParams.validate(params, java.util.Map.of("weight", TypedParameter.UInt.class));
        driver().runDom(dom, obj -> { });
    }

    @Override
    default String domainGetHostname(DomainRef dom, int flags) {
        org.jvirt.core.VirErrors.checkFlags(flags, 0, ErrorDomain.TEST, "testDomainGetHostname");
        return driver().withDom(dom, obj -> {
            TestDriver.checkActive(obj);
            return dom.name() + "host";
        });
    }

    @Override
    default List<String> domainGetSecurityLabel(DomainRef dom) {
        return driver().withDom(dom, obj -> obj.isActive() ? List.of("libvirt-test", "1") : List.of("", "0"));
    }
}
