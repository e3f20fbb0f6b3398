package org.jvirt.conf.domain;

import org.jvirt.conf.xml.XmlWriter;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;

/** {@code <memory>}, {@code <currentMemory>}, {@code <maxMemory>}, {@code <vcpu>} and {@code <numatune>}. */
final class MemoryXml {

    /** libvirt caps memory sizes at LLONG_MAX bytes on 64-bit hosts. */
    private static final long MAX_BYTES = Long.MAX_VALUE;

    /** virDomainParseMemory's limit: VIR_DOMAIN_MEMORY_PARAM_UNLIMITED (LLONG_MAX / 1024) KiB. */
    private static final long MAX_KIB = Long.MAX_VALUE >> 10;

    private MemoryXml() {
    }

    /**
     * Reads a scaled size into KiB (rounded up, as VIR_DIV_UP does), or 0 when the element is absent.
     *
     * @param name the element name, also used in libvirt's "./name[1]" error text
     */
    static long parseKiB(Element parent, String name) {
        Element e = Dom.child(parent, name);
        return e == null ? 0 : kib(e, "./" + name + "[1]");
    }

    /** A scaled size element in KiB; {@code where} is the XPath libvirt names in its error text. */
    static long kib(Element e, String where) {
        long value = Units.parseULong(e.getTextContent());
        if (value < 0) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                    "Invalid value '" + e.getTextContent() + "' for element or attribute '" + where + "'");
        }
        String unit = Dom.attr(e, "unit");
        long scale = Units.scale(unit, 1024);
        if (value != 0 && value > MAX_BYTES / scale) {
            throw VirtException.of(ErrorCode.OVERFLOW, ErrorDomain.NONE,
                    "value too large: " + value + (unit == null ? "" : unit));
        }
        long bytes = value * scale;
        long kib = bytes / 1024 + (bytes % 1024 == 0 ? 0 : 1);
        if (kib > MAX_KIB) {
            throw VirtException.of(ErrorCode.OVERFLOW, ErrorDomain.DOMAIN, "size value too large");
        }
        return kib;
    }

    static int parseSlots(Element parent) {
        String s = Dom.childAttr(parent, "maxMemory", "slots");
        if (s == null) {
            return 0;
        }
        Integer v = Units.parseIntStrict(s);
        if (v == null || v < 0) {
            throw Err.xml("Failed to parse memory slot count");
        }
        return v;
    }

    static VcpuDef parseVcpu(Element root) {
        Element e = Dom.child(root, "vcpu");
        if (e == null) {
            return VcpuDef.DEFAULT;
        }
        long max = Units.parseULong(e.getTextContent());
        if (max < 0 || max > Integer.MAX_VALUE) {
            throw Err.xml("maximum vcpus count must be an integer");
        }
        int current = 0;
        String cur = Dom.attr(e, "current");
        if (cur != null) {
            Integer c = Units.parseIntStrict(cur);
            if (c == null || c < 0) {
                throw Err.xml("current vcpus count must be an integer");
            }
            current = c;
        }
        String placement = Dom.attr(e, "placement");
        if (placement != null && !placement.equals("static") && !placement.equals("auto")) {
            throw Err.xml("Unsupported CPU placement mode '%s'", placement);
        }
        String cpuset = Dom.attr(e, "cpuset");
        if (cpuset != null) {
            cpuset = CpuSet.normalize(cpuset);
        }
        if (placement == null) {
            placement = "static";
        }
        return new VcpuDef((int) max, current, placement, cpuset);
    }

    static NumatuneDef parseNumatune(Element root) {
        Element nt = Dom.child(root, "numatune");
        Element mem = nt == null ? null : Dom.child(nt, "memory");
        if (mem == null) {
            return null;
        }
        String mode = Err.oneOf(Dom.attr(mem, "mode"), "mode", "memory", "strict", "preferred", "interleave",
                "restrictive");
        String nodeset = Dom.attr(mem, "nodeset");
        String placement = Dom.attr(mem, "placement");
        if (nodeset != null) {
            nodeset = CpuSet.normalize(nodeset);
        }
        if (placement == null) {
            placement = nodeset != null ? "static" : "auto";
        }
        return new NumatuneDef(mode == null ? "strict" : mode, placement, nodeset);
    }

    static void formatMemory(XmlWriter w, DomainDef def) {
        if (def.maxMemoryKiB() > 0) {
            w.open("maxMemory").attr("slots", def.maxMemorySlots()).attr("unit", "KiB");
            text(w, "maxMemory", def.maxMemoryKiB());
        }
        w.open("memory").attr("unit", "KiB");
        text(w, "memory", def.memoryKiB());
        w.open("currentMemory").attr("unit", "KiB");
        text(w, "currentMemory", def.currentMemoryKiB());
    }

    static void formatVcpu(XmlWriter w, VcpuDef v) {
        w.open("vcpu").attr("placement", v.placement()).attr("cpuset", v.cpuset());
        if (v.current() > 0 && v.current() != v.max()) {
            w.attr("current", v.current());
        }
        text(w, "vcpu", v.max());
    }

    static void formatNumatune(XmlWriter w, NumatuneDef n) {
        if (n == null) {
            return;
        }
        w.open("numatune");
        w.open("memory").attr("mode", n.mode());
        if ("auto".equals(n.placement())) {
            w.attr("placement", "auto");
        } else {
            w.attr("nodeset", n.nodeset());
        }
        w.end("memory");
        w.end("numatune");
    }

    /** Finishes an element opened with attributes by writing its text content inline. */
    private static void text(XmlWriter w, String name, long value) {
        w.text(Long.toString(value)).end(name);
    }
}
