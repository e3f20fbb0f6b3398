package org.jvirt.conf.domain;

import org.jvirt.conf.xml.XmlWriter;

/** A guest {@code <cpu>} written on its own, as virCPUDefFormat does for a computed CPU (a baseline). */
public final class CpuDefXml {

    private CpuDefXml() {
    }

    public static String format(CpuDef cpu) {
        XmlWriter w = new XmlWriter();
        CpuXml.format(w, cpu);
        return w.toString();
    }
}
