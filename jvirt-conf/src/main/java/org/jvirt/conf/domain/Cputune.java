package org.jvirt.conf.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * Edits of the {@code <cputune>} tree ({@link DomainExtrasDef#cputune()}) that the pinning calls make: the
 * emulator pin and the per-IOThread pins, kept in libvirt's order (text children, vcpupin, emulatorpin,
 * iothreadpin sorted by id, the sched elements). An empty cputune is dropped, as libvirt formats none.
 */
public final class Cputune {

    private Cputune() {
    }

    /** virBitmapParse of a cpuset/nodeset list; malformed text is libvirt's "Failed to parse bitmap" error. */
    public static java.util.BitSet bitmap(String text) {
        java.util.BitSet set = CpuSet.parse(text);
        if (set == null) {
            throw org.jvirt.error.VirtException.of(org.jvirt.error.ErrorCode.INVALID_ARG,
                    org.jvirt.error.ErrorDomain.NONE, "Failed to parse bitmap '" + text + "'");
        }
        return set;
    }

    /** The emulatorpin cpuset or null. */
    public static String emulatorpin(XmlNode cputune) {
        XmlNode e = cputune == null ? null : cputune.child("emulatorpin");
        return e == null ? null : e.attr("cpuset");
    }

    /** The iothreadpin cpuset of that IOThread, or null. */
    public static String iothreadpin(XmlNode cputune, long id) {
        if (cputune != null) {
            for (XmlNode c : cputune.children()) {
                if (c.name().equals("iothreadpin") && Long.toString(id).equals(c.attr("iothread"))) {
                    return c.attr("cpuset");
                }
            }
        }
        return null;
    }

    public static XmlNode withEmulatorpin(XmlNode cputune, String cpuset) {
        List<XmlNode> kids = kids(cputune);
        kids.removeIf(c -> c.name().equals("emulatorpin"));
        if (cpuset != null) {
            kids.add(new XmlNode("emulatorpin", List.of("cpuset", CpuSet.normalize(cpuset)), null, List.of()));
        }
        return build(kids);
    }

    /** Sets (cpuset non-null) or removes the pin of one IOThread. */
    public static XmlNode withIOThreadpin(XmlNode cputune, long id, String cpuset) {
        List<XmlNode> kids = kids(cputune);
        kids.removeIf(c -> c.name().equals("iothreadpin") && Long.toString(id).equals(c.attr("iothread")));
        if (cpuset != null) {
            kids.add(new XmlNode("iothreadpin", List.of("iothread", Long.toString(id), "cpuset",
                    CpuSet.normalize(cpuset)), null, List.of()));
        }
        return build(kids);
    }

    private static List<XmlNode> kids(XmlNode cputune) {
        return cputune == null ? new ArrayList<>() : new ArrayList<>(cputune.children());
    }

    private static int rank(XmlNode c) {
        if (c.text() != null) {
            return 0;
        }
        return switch (c.name()) {
            case "vcpupin" -> 1;
            case "emulatorpin" -> 2;
            case "iothreadpin" -> 3;
            default -> 4;
        };
    }

    private static XmlNode build(List<XmlNode> kids) {
        if (kids.isEmpty()) {
            return null;
        }
        List<XmlNode> out = new ArrayList<>(kids);
        out.sort((a, b) -> {
            int r = Integer.compare(rank(a), rank(b));
            if (r == 0 && rank(a) == 3) {
                return Long.compare(Long.parseLong(a.attr("iothread")), Long.parseLong(b.attr("iothread")));
            }
            return r;
        });
        return new XmlNode("cputune", List.of(), null, out);
    }
}
