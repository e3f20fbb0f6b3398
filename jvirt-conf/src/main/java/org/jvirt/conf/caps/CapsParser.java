package org.jvirt.conf.caps;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jvirt.conf.xml.XmlWriter;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Reads capabilities XML as libvirt writes it (a node file, a remote libvirtd) into CapsDef. Lenient like a
 * consumer should be: missing optional parts become null/empty, host children jvirt does not model are kept
 * verbatim so formatting reproduces the input.
 */
final class CapsParser {

    private static final Set<String> MODELED_HOST = Set.of("uuid", "cpu", "power_management", "iommu",
            "migration_features", "netprefix", "topology", "secmodel");

    /** Attribute order of libvirt's cache / memory_bandwidth formatters (virCapabilitiesFormatCaches...). */
    private static final java.util.Map<String, List<String>> ATTR_ORDER = java.util.Map.of(
            "bank", List.of("id", "level", "type", "size", "unit", "cpus"),
            "control", List.of("granularity", "min", "unit", "type", "maxAllocs"),
            "node", List.of("id", "cpus"),
            "monitor", List.of("level", "reuseThreshold", "maxMonitors"));

    private CapsParser() {
    }

    static CapsDef parse(Element root) {
        Element hostEl = child(root, "host");
        if (hostEl == null) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.CAPABILITIES, "missing <host> in capabilities");
        }
        List<CapsDef.Guest> guests = new ArrayList<>();
        for (Element g : children(root, "guest")) {
            guests.add(guest(g));
        }
        return new CapsDef(host(hostEl), guests);
    }

    private static CapsDef.Host host(Element h) {
        Element cpuEl = child(h, "cpu");
        List<String> features = new ArrayList<>();
        for (Element f : elements(child(cpuEl, "features"))) {
            features.add(f.getLocalName());
        }
        List<Integer> pages = new ArrayList<>();
        for (Element p : children(cpuEl, "pages")) {
            pages.add(Integer.parseInt(attr(p, "size")));
        }
        CapsDef.HostCpu cpu = null;
        if (cpuEl != null && (child(cpuEl, "model") != null || child(cpuEl, "vendor") != null
                || child(cpuEl, "topology") != null || child(cpuEl, "feature") != null)) {
            cpu = hostCpu(cpuEl);
        }
        List<String> pm = new ArrayList<>();
        for (Element e : elements(child(h, "power_management"))) {
            pm.add(e.getLocalName());
        }
        boolean iommu = "yes".equals(attr(child(h, "iommu"), "support"));
        CapsDef.Migration migration = null;
        Element mig = child(h, "migration_features");
        if (mig != null) {
            List<String> uris = new ArrayList<>();
            for (Element u : children(child(mig, "uri_transports"), "uri_transport")) {
                uris.add(u.getTextContent());
            }
            migration = new CapsDef.Migration(child(mig, "live") != null, uris);
        }
        List<CapsDef.Cell> cells = new ArrayList<>();
        for (Element c : children(child(child(h, "topology"), "cells"), "cell")) {
            cells.add(cell(c));
        }
        List<String> extra = new ArrayList<>();
        for (Element e : elements(h)) {
            if (!MODELED_HOST.contains(e.getLocalName())) {
                extra.add(verbatim(e));
            }
        }
        List<CapsDef.SecModel> secModels = new ArrayList<>();
        for (Element s : children(h, "secmodel")) {
            List<CapsDef.BaseLabel> labels = new ArrayList<>();
            for (Element b : children(s, "baselabel")) {
                labels.add(new CapsDef.BaseLabel(attr(b, "type"), b.getTextContent()));
            }
            secModels.add(new CapsDef.SecModel(text(child(s, "model")), text(child(s, "doi")), labels));
        }
        return new CapsDef.Host(text(child(h, "uuid")), text(child(cpuEl, "arch")), features, cpu, pages, pm, iommu,
                migration, text(child(h, "netprefix")), cells, extra, secModels);
    }

    private static CapsDef.HostCpu hostCpu(Element c) {
        Element sig = child(c, "signature");
        Element ctr = child(c, "counter");
        Element top = child(c, "topology");
        Element mpa = child(c, "maxphysaddr");
        List<String> features = new ArrayList<>();
        for (Element f : children(c, "feature")) {
            features.add(attr(f, "name"));
        }
        return new CapsDef.HostCpu(text(child(c, "model")), text(child(c, "vendor")),
                attr(child(c, "microcode"), "version"),
                sig == null ? null : new CapsDef.Signature(num(sig, "family"), num(sig, "model"), num(sig, "stepping")),
                ctr == null ? null
                        : new CapsDef.Counter(attr(ctr, "name"), Long.parseLong(attr(ctr, "frequency")),
                                attr(ctr, "scaling")),
                top == null ? null
                        : new CapsDef.Topology(num(top, "sockets"), num(top, "dies"), num(top, "cores"),
                                num(top, "threads")),
                mpa == null ? null : new CapsDef.MaxPhysAddr(attr(mpa, "mode"), num(mpa, "bits")),
                features);
    }

    private static CapsDef.Cell cell(Element c) {
        Element mem = child(c, "memory");
        List<CapsDef.PageCount> pages = new ArrayList<>();
        for (Element p : children(c, "pages")) {
            pages.add(new CapsDef.PageCount(num(p, "size"), Long.parseLong(p.getTextContent().strip())));
        }
        List<CapsDef.Distance> dist = new ArrayList<>();
        for (Element s : children(child(c, "distances"), "sibling")) {
            dist.add(new CapsDef.Distance(num(s, "id"), num(s, "value")));
        }
        List<CapsDef.CellCpu> cpus = new ArrayList<>();
        for (Element cpu : children(child(c, "cpus"), "cpu")) {
            String siblings = attr(cpu, "siblings");
            cpus.add(siblings == null ? CapsDef.CellCpu.bare(num(cpu, "id"))
                    : new CapsDef.CellCpu(num(cpu, "id"), num(cpu, "socket_id"), num(cpu, "die_id"),
                            num(cpu, "core_id"), siblings));
        }
        return new CapsDef.Cell(num(c, "id"), mem == null ? 0 : Long.parseLong(mem.getTextContent().strip()), pages,
                dist, cpus);
    }

    private static CapsDef.Guest guest(Element g) {
        Element a = child(g, "arch");
        List<CapsDef.GuestDomain> domains = new ArrayList<>();
        for (Element d : children(a, "domain")) {
            domains.add(new CapsDef.GuestDomain(attr(d, "type"), text(child(d, "emulator")), text(child(d, "loader")),
                    machines(d)));
        }
        String wordsize = text(child(a, "wordsize"));
        CapsDef.GuestArch arch = new CapsDef.GuestArch(attr(a, "name"),
                wordsize == null ? 0 : Integer.parseInt(wordsize.strip()), text(child(a, "emulator")),
                text(child(a, "loader")), machines(a), domains);
        List<CapsDef.Feature> features = new ArrayList<>();
        for (Element f : elements(child(g, "features"))) {
            features.add(new CapsDef.Feature(f.getLocalName(), attr(f, "default"), attr(f, "toggle")));
        }
        return new CapsDef.Guest(text(child(g, "os_type")), arch, features);
    }

    private static List<CapsDef.Machine> machines(Element parent) {
        List<CapsDef.Machine> out = new ArrayList<>();
        for (Element m : children(parent, "machine")) {
            String max = attr(m, "maxCpus");
            out.add(new CapsDef.Machine(m.getTextContent(), attr(m, "canonical"),
                    max == null ? 0 : Integer.parseInt(max), "yes".equals(attr(m, "deprecated"))));
        }
        return out;
    }

    /** Re-serialises an element in libvirt's style (what libvirt would have printed for it). */
    private static String verbatim(Element e) {
        XmlWriter w = new XmlWriter();
        write(w, e);
        return w.toString();
    }

    private static void write(XmlWriter w, Element e) {
        String name = e.getTagName();
        w.open(name);
        NamedNodeMap attrs = e.getAttributes();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < attrs.getLength(); i++) {
            names.add(attrs.item(i).getNodeName());
        }
        // The DOM forgets attribute order; put them back in the order libvirt prints them.
        List<String> order = ATTR_ORDER.getOrDefault(e.getLocalName(), List.of());
        names.sort(java.util.Comparator.comparingInt((String n) -> order.contains(n) ? order.indexOf(n) : order.size())
                .thenComparing(n -> n));
        for (String n : names) {
            w.attr(n, e.getAttribute(n));
        }
        List<Element> kids = elements(e);
        if (kids.isEmpty()) {
            String t = e.getTextContent();
            if (!t.isEmpty()) {
                w.text(t);
            }
        } else {
            for (Element k : kids) {
                write(w, k);
            }
        }
        w.end(name);
    }

    // --- small DOM helpers: absent is null / empty ---

    private static Element child(Element parent, String name) {
        if (parent == null) {
            return null;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element el && name.equals(el.getLocalName())) {
                return el;
            }
        }
        return null;
    }

    private static List<Element> children(Element parent, String name) {
        List<Element> out = new ArrayList<>();
        for (Element e : elements(parent)) {
            if (name.equals(e.getLocalName())) {
                out.add(e);
            }
        }
        return out;
    }

    private static List<Element> elements(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element el) {
                    out.add(el);
                }
            }
        }
        return out;
    }

    private static String attr(Element e, String name) {
        if (e == null || e.getAttributeNode(name) == null) {
            return null;
        }
        return e.getAttribute(name);
    }

    private static int num(Element e, String name) {
        String v = attr(e, name);
        return v == null ? 0 : Integer.parseInt(v.strip());
    }

    private static String text(Element e) {
        return e == null ? null : e.getTextContent();
    }
}
