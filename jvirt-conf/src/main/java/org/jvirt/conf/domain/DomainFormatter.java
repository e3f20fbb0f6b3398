package org.jvirt.conf.domain;

import org.jvirt.conf.xml.XmlWriter;

/** Writes a {@link DomainDef} in libvirt 9.0's element order. */
final class DomainFormatter {

    private DomainFormatter() {
    }

    static void format(XmlWriter w, DomainDef def, DomainFormatOptions opts) {
        format(w, def, opts, "domain");
    }

    /** {@code root} is the element name: "domain", or "inactiveDomain" inside a snapshot. */
    static void format(XmlWriter w, DomainDef def, DomainFormatOptions opts, String root) {
        w.open(root).attr("type", def.type());
        if (opts.id() >= 0 && !opts.inactive()) {
            w.attr("id", opts.id());
        }
        w.element("name", def.name());
        w.element("uuid", def.uuid());
        DomainExtrasDef x = def.extras();
        w.element("genid", x.genid());
        w.element("title", def.title());
        w.element("description", def.description());
        if (def.metadata() != null) {
            // the whole element, formatted (libvirt dumps its stored copy of the node)
            w.raw(def.metadata());
        }
        MemoryXml.formatMemory(w, def);
        TuningXml.formatMemoryTuning(w, x);
        MemoryXml.formatVcpu(w, def.vcpu());
        TuningXml.formatCpuTuning(w, x);
        MemoryXml.formatNumatune(w, def.numatune());
        TuningXml.formatResource(w, x);
        OsXml.formatBootloader(w, def);
        OsXml.format(w, def);
        TuningXml.node(w, x.idmap());
        FeaturesXml.format(w, def.features());
        CpuXml.format(w, def.cpu());
        ClockXml.format(w, def.clock());
        w.element("on_poweroff", def.onPoweroff().xml());
        w.element("on_reboot", def.onReboot().xml());
        w.element("on_crash", def.onCrash().xml());
        TuningXml.node(w, x.pm());
        TuningXml.node(w, x.perf());
        DevicesXml.format(w, def, opts);
        for (XmlNode s : x.seclabels()) {
            s.format(w);
        }
        TuningXml.node(w, x.keywrap());
        w.end(root);
    }
}
