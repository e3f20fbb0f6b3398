package org.jvirt.conf.caps;

import org.jvirt.conf.xml.XmlWriter;

/** CapsDef to XML as libvirt 9.0's virCapabilitiesFormatXML, including its blank separator lines. */
final class CapsFormatter {

    private CapsFormatter() {
    }

    static String format(CapsDef caps) {
        StringBuilder sb = new StringBuilder(4096);
        XmlWriter w = new XmlWriter(sb);
        w.open("capabilities").body();
        sb.append('\n');
        host(w, caps.host());
        sb.append('\n');
        for (CapsDef.Guest g : caps.guests()) {
            guest(w, g);
            sb.append('\n');
        }
        w.end("capabilities");
        return sb.toString();
    }

    private static void host(XmlWriter w, CapsDef.Host h) {
        w.open("host");
        w.element("uuid", h.uuid());
        w.open("cpu");
        w.element("arch", h.arch());
        if (!h.features().isEmpty()) {
            w.open("features");
            for (String f : h.features()) {
                w.open(f).end(f);
            }
            w.end("features");
        }
        if (h.cpu() != null) {
            cpu(w, h.cpu());
        }
        for (int size : h.pageSizes()) {
            w.open("pages").attr("unit", "KiB").attr("size", size).end("pages");
        }
        w.end("cpu");
        w.open("power_management");
        for (String pm : h.powerManagement()) {
            w.open(pm).end(pm);
        }
        w.end("power_management");
        w.open("iommu").attr("support", h.iommu() ? "yes" : "no").end("iommu");
        if (h.migration() != null) {
            w.open("migration_features");
            if (h.migration().live()) {
                w.open("live").end("live");
            }
            if (!h.migration().uriTransports().isEmpty()) {
                w.open("uri_transports");
                for (String t : h.migration().uriTransports()) {
                    w.element("uri_transport", t);
                }
                w.end("uri_transports");
            }
            w.end("migration_features");
        }
        w.element("netprefix", h.netprefix());
        if (!h.cells().isEmpty()) {
            w.open("topology").open("cells").attr("num", h.cells().size());
            for (CapsDef.Cell c : h.cells()) {
                cell(w, c);
            }
            w.end("cells").end("topology");
        }
        for (String raw : h.extraXml()) {
            w.raw(raw);
        }
        for (CapsDef.SecModel s : h.secModels()) {
            w.open("secmodel");
            w.element("model", s.model());
            // always printed, even empty: <doi></doi>
            w.open("doi").text(s.doi() == null ? "" : s.doi()).end("doi");
            for (CapsDef.BaseLabel b : s.baseLabels()) {
                w.open("baselabel").attr("type", b.type()).text(b.label()).end("baselabel");
            }
            w.end("secmodel");
        }
        w.end("host");
    }

    private static void cpu(XmlWriter w, CapsDef.HostCpu c) {
        w.element("model", c.model());
        w.element("vendor", c.vendor());
        if (c.microcode() != null) {
            w.open("microcode").attr("version", c.microcode()).end("microcode");
        }
        if (c.signature() != null) {
            w.open("signature").attr("family", c.signature().family()).attr("model", c.signature().model())
                    .attr("stepping", c.signature().stepping()).end("signature");
        }
        if (c.counter() != null) {
            w.open("counter").attr("name", c.counter().name()).attr("frequency", c.counter().frequency())
                    .attr("scaling", c.counter().scaling()).end("counter");
        }
        if (c.topology() != null) {
            CapsDef.Topology t = c.topology();
            w.open("topology").attr("sockets", t.sockets()).attr("dies", t.dies()).attr("cores", t.cores())
                    .attr("threads", t.threads()).end("topology");
        }
        if (c.maxPhysAddr() != null) {
            w.open("maxphysaddr").attr("mode", c.maxPhysAddr().mode()).attr("bits", c.maxPhysAddr().bits())
                    .end("maxphysaddr");
        }
        for (String f : c.features()) {
            w.open("feature").attr("name", f).end("feature");
        }
    }

    private static void cell(XmlWriter w, CapsDef.Cell c) {
        w.open("cell").attr("id", c.id());
        if (c.memoryKiB() > 0) {
            w.open("memory").attr("unit", "KiB").text(Long.toString(c.memoryKiB())).end("memory");
        }
        for (CapsDef.PageCount p : c.pages()) {
            w.open("pages").attr("unit", "KiB").attr("size", p.sizeKiB()).text(Long.toString(p.count())).end("pages");
        }
        if (!c.distances().isEmpty()) {
            w.open("distances");
            for (CapsDef.Distance d : c.distances()) {
                w.open("sibling").attr("id", d.id()).attr("value", d.value()).end("sibling");
            }
            w.end("distances");
        }
        w.open("cpus").attr("num", c.cpus().size());
        for (CapsDef.CellCpu cpu : c.cpus()) {
            w.open("cpu").attr("id", cpu.id());
            if (cpu.siblings() != null) {
                w.attr("socket_id", cpu.socketId()).attr("die_id", cpu.dieId()).attr("core_id", cpu.coreId())
                        .attr("siblings", cpu.siblings());
            }
            w.end("cpu");
        }
        w.end("cpus");
        w.end("cell");
    }

    private static void guest(XmlWriter w, CapsDef.Guest g) {
        w.open("guest");
        w.element("os_type", g.osType());
        CapsDef.GuestArch a = g.arch();
        w.open("arch").attr("name", a.name());
        w.element("wordsize", a.wordsize());
        w.element("emulator", a.emulator());
        w.element("loader", a.loader());
        machines(w, a.machines());
        for (CapsDef.GuestDomain d : a.domains()) {
            w.open("domain").attr("type", d.type());
            w.element("emulator", d.emulator());
            w.element("loader", d.loader());
            machines(w, d.machines());
            w.end("domain");
        }
        w.end("arch");
        if (!g.features().isEmpty()) {
            w.open("features");
            for (CapsDef.Feature f : g.features()) {
                w.open(f.name()).attr("default", f.defaultState()).attr("toggle", f.toggle()).end(f.name());
            }
            w.end("features");
        }
        w.end("guest");
    }

    private static void machines(XmlWriter w, java.util.List<CapsDef.Machine> machines) {
        for (CapsDef.Machine m : machines) {
            w.open("machine").attr("canonical", m.canonical());
            if (m.maxCpus() > 0) {
                w.attr("maxCpus", m.maxCpus());
            }
            if (m.deprecated()) {
                w.attr("deprecated", "yes");
            }
            w.text(m.name()).end("machine");
        }
    }
}
