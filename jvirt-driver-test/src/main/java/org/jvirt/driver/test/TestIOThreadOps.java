package org.jvirt.driver.test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jvirt.DomainIOThreadInfo;
import org.jvirt.TypedParameter;
import org.jvirt.conf.domain.Cputune;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainExtrasDef;
import org.jvirt.conf.domain.IOThreadIds;
import org.jvirt.core.ModificationImpact;
import org.jvirt.core.TypedParams;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/** IOThreads: list, add, delete, pin, set polling parameters (libvirt 9.0's test driver). */
interface TestIOThreadOps extends HypervisorDriver {

    TestDriver driver();

    int LIVE = ModificationImpact.AFFECT_LIVE;
    int CONFIG = ModificationImpact.AFFECT_CONFIG;

    /** Applies {@code edit} to each definition the flags select (live, persistent, or both). */
    private void editDefs(DomainRef dom, int flags, UnaryOperator<DomainDef> edit) {
        driver().runDom(dom, obj -> {
            ModificationImpact impact = ModificationImpact.of(obj, flags);
            DomainDef live = impact.live() ? edit.apply(obj.def()) : null;
            DomainDef config = impact.config() ? edit.apply(obj.persistentDef()) : null;
            if (live != null) {
                obj.setDef(live);
            }
            if (config != null) {
                if (obj.isActive()) {
                    obj.setNewDef(config);
                } else {
                    obj.setDef(config);
                }
            }
        });
    }

    private static DomainDef withExtras(DomainDef d, DomainExtrasDef x) {
        return d.toBuilder().extras(x).build();
    }

    @Override
    default List<DomainIOThreadInfo> domainGetIOThreadInfo(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG, ErrorDomain.TEST, "testDomainGetIOThreadInfo");
        return driver().withDom(dom, obj -> {
            DomainDef def = ModificationImpact.one(obj, flags).pick(obj);
            List<DomainIOThreadInfo> out = new ArrayList<>();
            BitSet host = onlineCpus();
            for (long id : IOThreadIds.ids(def.extras())) {
                String pin = Cputune.iothreadpin(def.extras().cputune(), id);
                BitSet set = pin != null ? TestCpuMaps.parse(pin) : host;
                out.add(new DomainIOThreadInfo((int) id, TestCpuMaps.toArray(set, Math.max(set.length(), 1))));
            }
            return out;
        });
    }

    @Override
    default void domainAddIOThread(DomainRef dom, int iothreadId, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG, ErrorDomain.TEST, "testDomainAddIOThread");
        if (iothreadId == 0) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST, "invalid value of %d for iothread_id", iothreadId);
        }
        editDefs(dom, flags, d -> {
            long id = Integer.toUnsignedLong(iothreadId);
            if (IOThreadIds.ids(d.extras()).contains(id)) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                        "an IOThread is already using iothread_id '%d'", id);
            }
            return withExtras(d, IOThreadIds.add(d.extras(), id));
        });
    }

    @Override
    default void domainDelIOThread(DomainRef dom, int iothreadId, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG, ErrorDomain.TEST, "testDomainDelIOThread");
        editDefs(dom, flags, d -> {
            if (!IOThreadIds.ids(d.extras()).contains(Integer.toUnsignedLong(iothreadId))) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                        "cannot find IOThread '%s' in iothreadids list", Integer.toUnsignedString(iothreadId));
            }
            return withExtras(d, IOThreadIds.remove(d.extras(), iothreadId));
        });
    }

    @Override
    default void domainPinIOThread(DomainRef dom, int iothreadId, boolean[] cpumap, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG, ErrorDomain.TEST, "testDomainPinIOThread");
        String cpuset = TestCpuMaps.format(cpumap);
        editDefs(dom, flags, d -> {
            if (!IOThreadIds.ids(d.extras()).contains(Integer.toUnsignedLong(iothreadId))) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST, "iothreadid %d not found", iothreadId);
            }
            if (cpuset.isEmpty()) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST, "Empty iothread cpumap list for pinning");
            }
            return withExtras(d, d.extras().withCputune(Cputune.withIOThreadpin(d.extras().cputune(), iothreadId, cpuset)));
        });
    }

    /** Polling parameters are checked and accepted on a running domain; the test driver keeps none of them. */
    @Override
    default void domainSetIOThreadParams(DomainRef dom, int iothreadId, List<TypedParameter> params, int flags) {
        VirErrors.checkFlags(flags, LIVE, ErrorDomain.TEST, "testDomainSetIOThreadParams");
        driver().runDom(dom, obj -> {
            DomainDef def = ModificationImpact.of(obj, flags).pick(obj);
            // libvirt looks the IOThread up before it looks at the parameters
            if (!IOThreadIds.ids(def.extras()).contains(Integer.toUnsignedLong(iothreadId))) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                        "cannot find IOThread '%s' in iothreadids", Integer.toUnsignedString(iothreadId));
            }
            TypedParams.validate(params, Map.of("poll_max_ns", TypedParameter.ULLong.class,
                    "poll_grow", TypedParameter.UInt.class, "poll_shrink", TypedParameter.UInt.class));
        });
    }

    /** The host's online CPUs (virHostCPUGetOnlineBitmap): an unpinned IOThread may run on any of them. */
    static BitSet onlineCpus() {
        try {
            return TestCpuMaps.parse(Files.readString(Path.of("/sys/devices/system/cpu/online")).strip());
        } catch (java.io.IOException | RuntimeException e) {
            BitSet b = new BitSet();
            b.set(0, Runtime.getRuntime().availableProcessors());
            return b;
        }
    }
}
