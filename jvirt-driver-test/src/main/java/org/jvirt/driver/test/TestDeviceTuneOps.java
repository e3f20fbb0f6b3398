package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jvirt.TypedParameter;
import org.jvirt.conf.domain.DiskDef;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.IoTune;
import org.jvirt.conf.domain.InterfaceDef;
import org.jvirt.conf.network.BandwidthDef;
import org.jvirt.core.ModificationImpact;
import org.jvirt.core.TypedParams;
import org.jvirt.core.VirErrors;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainRef;
import org.jvirt.spi.HypervisorDriver;

/**
 * Per-device tuning of the test driver as libvirt 9.0's: interface bandwidth (domiftune) and disk I/O throttling
 * (blkdeviotune) on the one definition the flags pick. Nothing is applied to a host: the test driver only records the definition.
 */
interface TestDeviceTuneOps extends HypervisorDriver {

    TestDriver driver();

    /** virDomainGetInterfaceParameters' fields in libvirt's order. */
    List<String> BANDWIDTH_FIELDS = List.of("inbound.average", "inbound.peak", "inbound.burst", "inbound.floor",
            "outbound.average", "outbound.peak", "outbound.burst");

    @Override
    default List<TypedParameter> domainGetInterfaceParameters(DomainRef dom, String device, int flags) {
        VirErrors.checkFlags(flags, TestTuningOps.LIVE | TestTuningOps.CONFIG | TestTuningOps.STRING_OKAY,
                ErrorDomain.TEST, "testDomainGetInterfaceParameters");
        return driver().withDom(dom, obj -> {
            DomainDef def = ModificationImpact.one(obj, flags).pick(obj);
            BandwidthDef bw = def.devices().interfaces().get(netIndex(def, device)).bandwidth();
            BandwidthDef.Rate in = bw == null || bw.inbound() == null ? new BandwidthDef.Rate(0, 0, 0, 0) : bw.inbound();
            BandwidthDef.Rate out = bw == null || bw.outbound() == null ? new BandwidthDef.Rate(0, 0, 0, 0) : bw.outbound();
            long[] values = {in.average(), in.peak(), in.burst(), in.floor(), out.average(), out.peak(), out.burst()};
            List<TypedParameter> params = new ArrayList<>();
            for (int i = 0; i < values.length; i++) {
                params.add(new TypedParameter.UInt(BANDWIDTH_FIELDS.get(i), values[i] & 0xFFFFFFFFL));
            }
            return params;
        });
    }

    @Override
    default void domainSetInterfaceParameters(DomainRef dom, String device, List<TypedParameter> params, int flags) {
        VirErrors.checkFlags(flags, TestTuningOps.LIVE | TestTuningOps.CONFIG, ErrorDomain.TEST,
                "testDomainSetInterfaceParameters");
        Map<String, Class<? extends TypedParameter>> allowed = new LinkedHashMap<>();
        BANDWIDTH_FIELDS.forEach(f -> allowed.put(f, TypedParameter.UInt.class));
        TypedParams.validate(params, allowed);
        driver().runDom(dom, obj -> {
            ModificationImpact impact = ModificationImpact.one(obj, flags);
            DomainDef def = impact.pick(obj);
            int i = netIndex(def, device);
            InterfaceDef net = def.devices().interfaces().get(i);
            impact.store(obj, def.withDevices(def.devices().withInterfaces(
                    replace(def.devices().interfaces(), i, net.withBandwidth(apply(net.bandwidth(), params))))));
        });
    }

    /**
     * A direction named by any parameter is replaced by the given values (unnamed ones 0), or removed when it
     * has neither average nor (inbound) floor; the bandwidth itself stays, empty if need be (libvirt then prints
     * an empty {@code <bandwidth>} pair).
     */
    private static BandwidthDef apply(BandwidthDef old, List<TypedParameter> params) {
        long[] v = new long[BANDWIDTH_FIELDS.size()];
        boolean inGiven = false;
        boolean outGiven = false;
        for (TypedParameter p : params) {
            int k = BANDWIDTH_FIELDS.indexOf(p.field());
            v[k] = ((TypedParameter.UInt) p).value();
            inGiven |= k < 4;
            outGiven |= k >= 4;
        }
        BandwidthDef.Rate in = old == null ? null : old.inbound();
        BandwidthDef.Rate out = old == null ? null : old.outbound();
        if (inGiven) {
            in = v[0] == 0 && v[3] == 0 ? null : new BandwidthDef.Rate(v[0], v[1], v[3], v[2]);
        }
        if (outGiven) {
            out = v[4] == 0 ? null : new BandwidthDef.Rate(v[4], v[5], 0, v[6]);
        }
        return new BandwidthDef(in, out);
    }

    /** virDomainNetFind: by MAC address when {@code device} is one (colon form, any case), else by target name. */
    private static int netIndex(DomainDef def, String device) {
        List<InterfaceDef> nets = def.devices().interfaces();
        String mac = macOrNull(device);
        for (int i = 0; i < nets.size(); i++) {
            InterfaceDef n = nets.get(i);
            if (mac != null ? mac.equals(n.mac()) : device.equals(n.ifname())) {
                return i;
            }
        }
        throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.DOMAIN, "'%s' is not a known interface", device);
    }

    /** virMacAddrParse: six colon-separated hex bytes of one or two digits; lower-cased. */
    private static String macOrNull(String s) {
        String[] parts = s.split(":", -1);
        if (parts.length != 6) {
            return null;
        }
        StringBuilder sb = new StringBuilder(17);
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 2 || !p.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
                return null;
            }
            int b = Integer.parseInt(p, 16);
            if (!sb.isEmpty()) {
                sb.append(':');
            }
            sb.append(Character.forDigit(b >> 4, 16)).append(Character.forDigit(b & 15, 16));
        }
        return sb.toString();
    }

    private static <T> List<T> replace(List<T> list, int i, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.set(i, item);
        return copy;
    }

    /** libvirt's test driver bound on every limit (TEST_BLOCK_IOTUNE_MAX). */
    long IOTUNE_MAX = 1_000_000_000_000_000L;

    @Override
    default List<TypedParameter> domainGetBlockIoTune(DomainRef dom, String disk, int flags) {
        VirErrors.checkFlags(flags, TestTuningOps.LIVE | TestTuningOps.CONFIG | TestTuningOps.STRING_OKAY,
                ErrorDomain.TEST, "testDomainGetBlockIoTune");
        if (disk == null) {
            // the count-only call (nparams 0), which libvirt answers before looking at the domain; the remote
            // driver gets no values for it either
            return List.of();
        }
        return driver().withDom(dom, obj -> {
            DomainDef def = ModificationImpact.one(obj, flags).pick(obj);
            IoTune t = def.devices().disks().get(diskIndex(def, disk, "disk '%s' was not found in the domain config"))
                    .iotune();
            return ioParams(t == null ? IoTune.NONE : t);
        });
    }

    @Override
    default void domainSetBlockIoTune(DomainRef dom, String disk, List<TypedParameter> params, int flags) {
        VirErrors.checkFlags(flags, TestTuningOps.LIVE | TestTuningOps.CONFIG, ErrorDomain.TEST,
                "testDomainSetBlockIoTune");
        Map<String, Class<? extends TypedParameter>> allowed = new LinkedHashMap<>();
        IoTune.FIELDS.forEach(f -> allowed.put(f, TypedParameter.ULLong.class));
        allowed.put("group_name", TypedParameter.Str.class);
        TypedParams.validate(params, allowed);
        driver().runDom(dom, obj -> {
            ModificationImpact impact = ModificationImpact.one(obj, flags);
            DomainDef def = impact.pick(obj);
            int i = diskIndex(def, disk, "missing persistent configuration for disk '%s'");
            DiskDef d = def.devices().disks().get(i);
            IoTune t = d.iotune() == null ? IoTune.NONE : d.iotune();
            long[] v = t.values();
            String group = t.groupName();
            for (TypedParameter p : params) {
                if (p instanceof TypedParameter.Str g) {
                    group = g.value();
                    continue;
                }
                long value = ((TypedParameter.ULLong) p).value();
                if (Long.compareUnsigned(value, IOTUNE_MAX) > 0) {
                    throw VirtException.of(ErrorCode.ARGUMENT_UNSUPPORTED, ErrorDomain.TEST,
                            "block I/O throttle limit value must be no more than %d", IOTUNE_MAX);
                }
                v[IoTune.FIELDS.indexOf(p.field())] = value;
            }
            IoTune n = new IoTune(v, group);
            checkIoTune(n);
            impact.store(obj, def.withDevices(def.devices().withDisks(
                    replace(def.devices().disks(), i, d.withIotune(n.isSet() ? n : null)))));
        });
    }

    /** testDomainSetBlockIoTune's checks: total excludes read/write, and no limit above its maximum. */
    private static void checkIoTune(IoTune t) {
        for (String kind : List.of("bytes_sec", "iops_sec", "bytes_sec_max", "iops_sec_max")) {
            if (t.get("total_" + kind) != 0 && (t.get("read_" + kind) != 0 || t.get("write_" + kind) != 0)) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                        "total and read/write of %s cannot be set at the same time", kind);
            }
        }
        for (String f : List.of("total_bytes_sec", "read_bytes_sec", "write_bytes_sec", "total_iops_sec",
                "read_iops_sec", "write_iops_sec")) {
            if (Long.compareUnsigned(t.get(f), t.get(f + "_max")) > 0) {
                // libvirt's message ends with a blank
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST,
                        "%s cannot be set higher than %s ", f, f + "_max");
            }
        }
    }

    /** virDomainGetBlockIoTune's twenty parameters: the limits as ULLONG with group_name after size_iops_sec. */
    private static List<TypedParameter> ioParams(IoTune t) {
        long[] v = t.values();
        List<TypedParameter> out = new ArrayList<>();
        for (int i = 0; i < v.length; i++) {
            out.add(new TypedParameter.ULLong(IoTune.FIELDS.get(i), v[i]));
            if (i == IoTune.GROUP_AFTER) {
                out.add(new TypedParameter.Str("group_name", t.groupName() == null ? "" : t.groupName()));
            }
        }
        return out;
    }

    /** virDomainDiskByName: by target name, else by source path. */
    private static int diskIndex(DomainDef def, String name, String missing) {
        List<DiskDef> disks = def.devices().disks();
        for (int i = 0; i < disks.size(); i++) {
            if (name.equals(disks.get(i).targetDev())) {
                return i;
            }
        }
        for (int i = 0; i < disks.size(); i++) {
            if (name.equals(disks.get(i).source())) {
                return i;
            }
        }
        throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.TEST, missing, name);
    }
}
