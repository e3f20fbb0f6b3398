package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code <memtune>} as values (libvirt's def->mem limits), in KiB; {@link #UNLIMITED} where a limit is not set,
 * as libvirt keeps it. Converts from and to the canonical tree {@link DomainExtrasDef#memtune()} holds.
 */
public record Memtune(long hardLimit, long softLimit, long minGuarantee, long swapHardLimit) {

    /** VIR_DOMAIN_MEMORY_PARAM_UNLIMITED. */
    public static final long UNLIMITED = 9007199254740991L;
    public static final Memtune NONE = new Memtune(UNLIMITED, UNLIMITED, 0, UNLIMITED);

    public static Memtune of(XmlNode n) {
        if (n == null) {
            return NONE;
        }
        return new Memtune(value(n, "hard_limit", UNLIMITED), value(n, "soft_limit", UNLIMITED),
                value(n, "min_guarantee", 0), value(n, "swap_hard_limit", UNLIMITED));
    }

    private static long value(XmlNode n, String name, long dflt) {
        String t = n.childText(name);
        return t == null ? dflt : Long.parseUnsignedLong(t);
    }

    public Memtune withHardLimit(long v) {
        return new Memtune(v, softLimit, minGuarantee, swapHardLimit);
    }

    public Memtune withSoftLimit(long v) {
        return new Memtune(hardLimit, v, minGuarantee, swapHardLimit);
    }

    public Memtune withSwapHardLimit(long v) {
        return new Memtune(hardLimit, softLimit, minGuarantee, v);
    }

    /** virDomainMemtuneFormat: limits below UNLIMITED, a non-zero guarantee; null when nothing is left. */
    public XmlNode toNode() {
        List<XmlNode> kids = new ArrayList<>();
        limit(kids, "hard_limit", hardLimit);
        limit(kids, "soft_limit", softLimit);
        if (minGuarantee != 0) {
            kids.add(kib("min_guarantee", minGuarantee));
        }
        limit(kids, "swap_hard_limit", swapHardLimit);
        return kids.isEmpty() ? null : new XmlNode("memtune", List.of(), null, kids);
    }

    private static void limit(List<XmlNode> kids, String name, long v) {
        if (Long.compareUnsigned(v, UNLIMITED) < 0) {
            kids.add(kib(name, v));
        }
    }

    private static XmlNode kib(String name, long v) {
        return new XmlNode(name, List.of("unit", "KiB"), Long.toUnsignedString(v), List.of());
    }
}
