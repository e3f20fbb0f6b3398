package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The {@code <cputune><vcpupin vcpu='N' cpuset='...'/>} entries of a definition as bitmaps, and a definition with
 * one of them replaced (virDomainDefSetVcpuPin's effect on the formatted XML: pins sorted by vcpu, cpusets in
 * libvirt's canonical list form). Drivers use it for vcpupin --config and for the live pins of a running guest.
 */
public final class VcpuPins {

    private VcpuPins() {
    }

    /** vcpu -> pinned host CPUs, for every vcpupin of {@code def}. */
    public static SortedMap<Integer, BitSet> of(DomainDef def) {
        SortedMap<Integer, BitSet> out = new TreeMap<>();
        XmlNode ct = def.extras().cputune();
        if (ct == null) {
            return out;
        }
        for (XmlNode c : ct.children()) {
            if (c.name().equals("vcpupin") && c.attr("vcpu") != null && c.attr("cpuset") != null) {
                BitSet b = CpuSet.parse(c.attr("cpuset"));
                if (b != null) {
                    out.put((int) Units.parseULong(c.attr("vcpu")), b);
                }
            }
        }
        return out;
    }

    /** {@code def} with vcpu {@code vcpu} pinned to {@code cpus} (an existing pin of that vcpu is replaced). */
    public static DomainDef with(DomainDef def, int vcpu, BitSet cpus) {
        XmlNode ct = def.extras().cputune();
        List<XmlNode> kids = new ArrayList<>();
        if (ct != null) {
            for (XmlNode c : ct.children()) {
                if (!(c.name().equals("vcpupin") && Integer.toString(vcpu).equals(c.attr("vcpu")))) {
                    kids.add(c);
                }
            }
        }
        kids.add(new XmlNode("vcpupin", List.of("vcpu", Integer.toString(vcpu), "cpuset", CpuSet.format(cpus)), null, List.of()));
        return withCputune(def, TuningXml.cputune(new XmlNode("cputune", List.of(), null, kids)));
    }

    /** The {@code <emulatorpin cpuset=>} of {@code def}, or null. */
    public static BitSet emulator(DomainDef def) {
        String pin = Cputune.emulatorpin(def.extras().cputune());
        return pin == null ? null : CpuSet.parse(pin);
    }

    /** {@code def} with the emulator threads pinned to {@code cpus} (virDomainPinEmulator's change). */
    public static DomainDef withEmulator(DomainDef def, BitSet cpus) {
        return withCputune(def, Cputune.withEmulatorpin(def.extras().cputune(), CpuSet.format(cpus)));
    }

    private static DomainDef withCputune(DomainDef def, XmlNode tuned) {
        return def.toBuilder().extras(def.extras().withCputune(tuned)).build();
    }

    /** The cpuset list syntax ("0-3,^2") as a bitmap, null when malformed. */
    public static BitSet parse(String cpuset) {
        return CpuSet.parse(cpuset);
    }

    /** A bitmap in libvirt's list form ("0-1,3"). */
    public static String format(BitSet cpus) {
        return CpuSet.format(cpus);
    }
}
