package org.jvirt.conf.domain;

import org.jvirt.conf.xml.XmlWriter;

/** Writes a {@link DomainDef} in libvirt 9.0's element order. */
final class DomainFormatter {

    private DomainFormatter() {
    }

    static void format(XmlWriter w, DomainDef def, DomainFormatOptions opts) {
        w.open("domain").attr("type", def.type());
        if (opts.id() >= 0 && !opts.inactive()) {
            w.attr("id", opts.id());
        }
        w.element("name", def.name());
        w.element("uuid", def.uuid());
        w.element("title", def.title());
        w.element("description", def.description());
        if (def.metadata() != null) {
            w.open("metadata").raw(def.metadata()).end("metadata");
        }
        MemoryXml.formatMemory(w, def);
        MemoryXml.formatVcpu(w, def.vcpu());
        MemoryXml.formatNumatune(w, def.numatune());
        OsXml.formatBootloader(w, def);
        OsXml.format(w, def);
        FeaturesXml.format(w, def.features());
        CpuXml.format(w, def.cpu());
        ClockXml.format(w, def.clock());
        w.element("on_poweroff", def.onPoweroff().xml());
        w.element("on_reboot", def.onReboot().xml());
        w.element("on_crash", def.onCrash().xml());
        DevicesXml.format(w, def, opts);
        w.end("domain");
    }
}
