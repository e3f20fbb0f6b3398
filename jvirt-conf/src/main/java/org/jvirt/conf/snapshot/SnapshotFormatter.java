package org.jvirt.conf.snapshot;

import org.jvirt.conf.domain.DomainFormatOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.conf.xml.XmlWriter;

/** Writes {@code <domainsnapshot>} as libvirt 9.0's virDomainSnapshotDefFormat does. */
final class SnapshotFormatter {

    private SnapshotFormatter() {
    }

    /**
     * @param domainUuid printed as {@code <domain><uuid>} when the snapshot has no domain definition
     * @param secure VIR_DOMAIN_SNAPSHOT_XML_SECURE, passed on to the domain
     * @param active for the driver's own saved form: {@code <active>} 1 or 0; null for the public form
     */
    static String format(SnapshotDef def, String domainUuid, boolean secure, Boolean active) {
        XmlWriter w = new XmlWriter(new StringBuilder(2048));
        w.open("domainsnapshot").body();
        w.element("name", def.name());
        w.element("description", def.description());
        if (def.state() != null && def.state() != SnapshotState.NOSTATE) {
            w.element("state", def.state().xml());
        }
        if (def.parentName() != null) {
            w.open("parent").body();
            w.element("name", def.parentName());
            w.end("parent");
        }
        if (def.creationTime() != 0) {
            w.element("creationTime", def.creationTime());
        }
        if (def.memory() != SnapshotLocation.DEFAULT) {
            w.open("memory").attr("snapshot", def.memory().xml()).attr("file", def.memoryFile()).end("memory");
        }
        if (!def.disks().isEmpty()) {
            w.open("disks").body();
            for (SnapshotDiskDef d : def.disks()) {
                SnapshotDiskXml.format(w, d);
            }
            w.end("disks");
        }
        DomainFormatOptions opts = DomainFormatOptions.INACTIVE.withSecure(secure);
        if (def.dom() != null) {
            DomainXml.formatInto(w, def.dom(), opts, "domain");
        } else if (domainUuid != null) {
            w.open("domain").body();
            w.element("uuid", domainUuid);
            w.end("domain");
        }
        if (def.inactiveDom() != null) {
            DomainXml.formatInto(w, def.inactiveDom(), opts, "inactiveDomain");
        }
        if (active != null) {
            w.element("active", active ? 1 : 0);
        }
        w.end("domainsnapshot");
        return w.toString();
    }
}
