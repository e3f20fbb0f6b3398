package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jvirt.ParameterGetter;
import org.jvirt.TypedParameter;
import org.jvirt.conf.domain.Blkiotune;
import org.jvirt.conf.domain.Cputune;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.LifecycleAction;
import org.jvirt.conf.domain.Memtune;
import org.jvirt.conf.domain.NumatuneDef;
import org.jvirt.conf.domain.PerfEvents;
import org.jvirt.core.DomainObj;
import org.jvirt.core.ModificationImpact;
import org.jvirt.core.TypedParams;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/** Memory, blkio, NUMA and perf tunables, lifecycle actions and the emulator pin, as libvirt 9.0's test driver. */
interface TestTuningOps extends HypervisorDriver {

    TestDriver driver();

    int LIVE = ModificationImpact.AFFECT_LIVE;
    int CONFIG = ModificationImpact.AFFECT_CONFIG;
    /** VIR_TYPED_PARAM_STRING_OKAY, which the getters accept. */
    int STRING_OKAY = 4;

    List<String> NUMA_MODES = List.of("strict", "preferred", "interleave", "restrictive");
    /** blkio parameter name to the per-device field it sets. */
    Map<String, String> BLKIO_DEVICE_PARAMS = blkioDeviceParams();

    private static Map<String, String> blkioDeviceParams() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("device_weight", "weight");
        m.put("device_read_iops_sec", "read_iops_sec");
        m.put("device_write_iops_sec", "write_iops_sec");
        m.put("device_read_bytes_sec", "read_bytes_sec");
        m.put("device_write_bytes_sec", "write_bytes_sec");
        return m;
    }

    /** Runs {@code body} on the one definition the flags pick and stores what it returns. */
    private void editOne(DomainRef dom, int flags, java.util.function.BiFunction<DomainObj, DomainDef, DomainDef> body) {
        driver().runDom(dom, obj -> {
            ModificationImpact impact = ModificationImpact.one(obj, flags);
            impact.store(obj, body.apply(obj, impact.pick(obj)));
        });
    }

    private <T> T readOne(DomainRef dom, int flags, java.util.function.Function<DomainDef, T> body) {
        return driver().withDom(dom, obj -> body.apply(ModificationImpact.one(obj, flags).pick(obj)));
    }

    /** libvirt's test driver answers the count phase right after its flag check: no domain lookup, no other check. */
    @Override
    default int domainGetParameterCount(DomainRef dom, ParameterGetter getter, String device, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG | STRING_OKAY, ErrorDomain.TEST,
                "test" + getter.function().substring("vir".length()));
        return switch (getter) {
            case MEMORY -> 3;
            case BLKIO -> 6;
            case NUMA -> 2;
            case INTERFACE -> 7;
        };
    }

    // ---- memtune ----

    @Override
    default List<TypedParameter> domainGetMemoryParameters(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG | STRING_OKAY, ErrorDomain.TEST, "testDomainGetMemoryParameters");
        return readOne(dom, flags, def -> {
            Memtune m = Memtune.of(def.extras().memtune());
            return List.of(new TypedParameter.ULLong("hard_limit", m.hardLimit()),
                    new TypedParameter.ULLong("soft_limit", m.softLimit()),
                    new TypedParameter.ULLong("swap_hard_limit", m.swapHardLimit()));
        });
    }

    @Override
    default void domainSetMemoryParameters(DomainRef dom, List<TypedParameter> params, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG, ErrorDomain.TEST, "testDomainSetMemoryParameters");
        TypedParams.validate(params, Map.of("hard_limit", TypedParameter.ULLong.class,
                "soft_limit", TypedParameter.ULLong.class, "swap_hard_limit", TypedParameter.ULLong.class));
        editOne(dom, flags, (obj, def) -> {
            TypedParameter hard = TypedParams.get(params, "hard_limit");
            TypedParameter soft = TypedParams.get(params, "soft_limit");
            TypedParameter swap = TypedParams.get(params, "swap_hard_limit");
            if (hard != null || swap != null) {
                // libvirt compares against the live definition's limits, whatever the flags chose
                Memtune live = Memtune.of(obj.def().extras().memtune());
                long memLimit = hard != null ? ((TypedParameter.ULLong) hard).value() : live.hardLimit();
                long swapLimit = swap != null ? ((TypedParameter.ULLong) swap).value() : live.swapHardLimit();
                if (Long.compareUnsigned(memLimit, swapLimit) > 0) {
                    throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                            "memory hard_limit tunable value must be lower than or equal to swap_hard_limit");
                }
            }
            Memtune m = Memtune.of(def.extras().memtune());
            if (soft != null) {
                m = m.withSoftLimit(((TypedParameter.ULLong) soft).value());
            }
            if (hard != null) {
                m = m.withHardLimit(((TypedParameter.ULLong) hard).value());
            }
            if (swap != null) {
                m = m.withSwapHardLimit(((TypedParameter.ULLong) swap).value());
            }
            return def.toBuilder().extras(def.extras().withMemtune(m.toNode())).build();
        });
    }

    // ---- blkiotune ----

    @Override
    default List<TypedParameter> domainGetBlkioParameters(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG | STRING_OKAY, ErrorDomain.TEST, "testDomainGetBlkioParameters");
        return readOne(dom, flags, def -> {
            Blkiotune b = Blkiotune.of(def.extras().blkiotune());
            List<TypedParameter> out = new ArrayList<>();
            out.add(new TypedParameter.UInt("weight", b.weight()));
            for (Map.Entry<String, String> e : BLKIO_DEVICE_PARAMS.entrySet()) {
                out.add(new TypedParameter.Str(e.getKey(), b.deviceString(e.getValue())));
            }
            return out;
        });
    }

    @Override
    default void domainSetBlkioParameters(DomainRef dom, List<TypedParameter> params, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG, ErrorDomain.TEST, "testDomainSetBlkioParameters");
        Map<String, Class<? extends TypedParameter>> allowed = new LinkedHashMap<>();
        allowed.put("weight", TypedParameter.UInt.class);
        BLKIO_DEVICE_PARAMS.keySet().forEach(k -> allowed.put(k, TypedParameter.Str.class));
        TypedParams.validate(params, allowed);
        editOne(dom, flags, (obj, def) -> {
            Blkiotune b = Blkiotune.of(def.extras().blkiotune());
            for (TypedParameter p : params) {
                if (p instanceof TypedParameter.UInt w) {
                    b = b.withWeight(w.value());
                    continue;
                }
                String text = ((TypedParameter.Str) p).value();
                String[] parts = text.isEmpty() ? new String[0] : text.split(",", -1);
                if (parts.length % 2 != 0) {
                    throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                            "unable to parse blkio device '%s' '%s'", p.field(), text);
                }
                List<String> paths = new ArrayList<>();
                List<Long> values = new ArrayList<>();
                for (int i = 0; i < parts.length; i += 2) {
                    paths.add(parts[i]);
                    try {
                        long v = Long.parseUnsignedLong(parts[i + 1]);
                        if (p.field().equals("device_weight") && v > 0xFFFFFFFFL) {
                            throw new NumberFormatException();
                        }
                        values.add(v);
                    } catch (NumberFormatException e) {
                        throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN,
                                "invalid value '%s' for parameter '%s' of device '%s'", parts[i + 1], p.field(),
                                parts[i]);
                    }
                }
                b = b.merge(BLKIO_DEVICE_PARAMS.get(p.field()), paths, values);
            }
            return def.toBuilder().extras(def.extras().withBlkiotune(b.toNode())).build();
        });
    }

    // ---- numatune ----

    @Override
    default List<TypedParameter> domainGetNumaParameters(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG | STRING_OKAY, ErrorDomain.TEST, "testDomainGetNumaParameters");
        return readOne(dom, flags, def -> {
            NumatuneDef n = def.numatune();
            int mode = n == null ? 0 : NUMA_MODES.indexOf(n.mode());
            String nodeset = n == null || n.nodeset() == null ? "" : n.nodeset();
            return List.of(new TypedParameter.Int("numa_mode", mode), new TypedParameter.Str("numa_nodeset", nodeset));
        });
    }

    @Override
    default void domainSetNumaParameters(DomainRef dom, List<TypedParameter> params, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG, ErrorDomain.TEST, "testDomainSetNumaParameters");
        TypedParams.validate(params, Map.of("numa_mode", TypedParameter.Int.class,
                "numa_nodeset", TypedParameter.Str.class));
        editOne(dom, flags, (obj, def) -> {
            int mode = -1;
            String nodeset = null;
            for (TypedParameter p : params) {
                if (p instanceof TypedParameter.Int m) {
                    mode = m.value();
                    if (mode < 0 || mode >= NUMA_MODES.size()) {
                        throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                                "unsupported numatune mode: '%d'", mode);
                    }
                } else if (p instanceof TypedParameter.Str s) {
                    java.util.BitSet set = Cputune.bitmap(s.value());
                    if (set.isEmpty()) {
                        throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                                "Invalid nodeset of 'numatune': %s", s.value());
                    }
                    nodeset = TestCpuMaps.format(TestCpuMaps.toArray(set, set.length()));
                }
            }
            NumatuneDef cur = def.numatune();
            boolean live = obj.isActive() && def == obj.def();
            if (live && mode != -1 && cur != null && NUMA_MODES.indexOf(cur.mode()) != mode) {
                throw VirtException.of(ErrorCode.OPERATION_INVALID, ErrorDomain.TEST,
                        "can't change numatune mode for running domain");
            }
            String newMode = mode != -1 ? NUMA_MODES.get(mode) : cur != null ? cur.mode() : "strict";
            String newNodeset = nodeset != null ? nodeset : cur == null ? null : cur.nodeset();
            String placement = nodeset != null ? "static" : cur == null ? "static" : cur.placement();
            if ("static".equals(placement) && newNodeset == null) {
                throw VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.DOMAIN,
                        "nodeset for NUMA memory tuning must be set if 'placement' is 'static'");
            }
            return def.toBuilder().numatune(new NumatuneDef(newMode, placement, newNodeset)).build();
        });
    }

    // ---- perf ----

    @Override
    default List<TypedParameter> domainGetPerfEvents(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG | STRING_OKAY, ErrorDomain.TEST, "testDomainGetPerfEvents");
        return readOne(dom, flags, def -> {
            Map<String, Boolean> ev = PerfEvents.of(def.extras().perf());
            List<TypedParameter> out = new ArrayList<>();
            for (String n : PerfEvents.NAMES) {
                out.add(new TypedParameter.Boolean(n, Boolean.TRUE.equals(ev.get(n))));
            }
            return out;
        });
    }

    @Override
    default void domainSetPerfEvents(DomainRef dom, List<TypedParameter> params, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG, ErrorDomain.TEST, "testDomainSetPerfEvents");
        Map<String, Class<? extends TypedParameter>> allowed = new LinkedHashMap<>();
        PerfEvents.NAMES.forEach(n -> allowed.put(n, TypedParameter.Boolean.class));
        TypedParams.validate(params, allowed);
        editOne(dom, flags, (obj, def) -> {
            Map<String, Boolean> ev = new LinkedHashMap<>(PerfEvents.of(def.extras().perf()));
            for (TypedParameter p : params) {
                ev.put(p.field(), ((TypedParameter.Boolean) p).value());
            }
            return def.toBuilder().extras(def.extras().withPerf(PerfEvents.toNode(ev))).build();
        });
    }

    // ---- lifecycle actions ----

    @Override
    default void domainSetLifecycleAction(DomainRef dom, int type, int action, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG, ErrorDomain.TEST, "testDomainSetLifecycleAction");
        String[] types = {"poweroff", "reboot", "crash"};
        LifecycleAction a = LifecycleAction.values()[action];
        if (type != 2 && (a == LifecycleAction.COREDUMP_DESTROY || a == LifecycleAction.COREDUMP_RESTART)) {
            throw VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.DOMAIN,
                    "Lifecycle event '%s' doesn't support '%s' action", types[type], a.xml());
        }
        driver().runDom(dom, obj -> {
            ModificationImpact impact = ModificationImpact.of(obj, flags);
            if (impact.live()) {
                obj.setDef(withAction(obj.def(), type, a));
            }
            if (impact.config()) {
                DomainDef p = withAction(obj.persistentDef(), type, a);
                if (obj.isActive()) {
                    obj.setNewDef(p);
                } else {
                    obj.setDef(p);
                }
            }
        });
    }

    private static DomainDef withAction(DomainDef def, int type, LifecycleAction a) {
        DomainDef.Builder b = def.toBuilder();
        switch (type) {
            case 0 -> b.onPoweroff(a);
            case 1 -> b.onReboot(a);
            default -> b.onCrash(a);
        }
        return b.build();
    }

    // ---- emulator pin ----

    @Override
    default void domainPinEmulator(DomainRef dom, boolean[] cpumap, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG, ErrorDomain.TEST, "testDomainPinEmulator");
        boolean any = false;
        for (boolean b : cpumap) {
            any |= b;
        }
        if (!any) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                    "Empty cpu list for pinning");
        }
        String cpuset = TestCpuMaps.format(cpumap);
        driver().runDom(dom, obj -> {
            // testDomainPinEmulator changes one definition (virDomainObjGetOneDefState): LIVE with CONFIG is refused
            ModificationImpact impact = ModificationImpact.one(obj, flags);
            if (impact.live()) {
                DomainDef d = obj.def();
                obj.setDef(d.toBuilder().extras(d.extras().withCputune(
                        Cputune.withEmulatorpin(d.extras().cputune(), cpuset))).build());
            }
            if (impact.config()) {
                DomainDef d = obj.persistentDef();
                DomainDef p = d.toBuilder().extras(d.extras().withCputune(
                        Cputune.withEmulatorpin(d.extras().cputune(), cpuset))).build();
                if (obj.isActive()) {
                    obj.setNewDef(p);
                } else {
                    obj.setDef(p);
                }
            }
        });
    }

    @Override
    default boolean[] domainGetEmulatorPinInfo(DomainRef dom, int flags) {
        VirErrors.checkFlags(flags, LIVE | CONFIG, ErrorDomain.TEST, "testDomainGetEmulatorPinInfo");
        return readOne(dom, flags, def -> {
            int hostcpus = driver().maxHostCpus();
            String pin = Cputune.emulatorpin(def.extras().cputune());
            if (pin == null && def.vcpu().cpuset() != null) {
                pin = def.vcpu().cpuset();
            }
            java.util.BitSet set = pin == null ? driver().allHostCpus() : TestCpuMaps.parse(pin);
            return TestCpuMaps.toArray(set, hostcpus);
        });
    }
}
