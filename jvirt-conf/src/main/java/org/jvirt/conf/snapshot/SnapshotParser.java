package org.jvirt.conf.snapshot;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.conf.xml.XmlElements;
import org.w3c.dom.Element;

/** Reads {@code <domainsnapshot>} in libvirt 9.0's order of checks (virDomainSnapshotDefParse). */
final class SnapshotParser {

    private SnapshotParser() {
    }

    /** The parsed snapshot, and for PARSE_INTERNAL whether {@code <active>} said it is the current one. */
    record Parsed(SnapshotDef def, boolean current) {
    }

    static Parsed parse(Element root, SnapshotParseOptions opts) {
        String name = text(root, "name");
        if (name == null && opts.redefine()) {
            throw SnapErr.xml("a redefined snapshot must have a name");
        }
        String description = text(root, "description");
        long creationTime = 0;
        String parentName = null;
        SnapshotState state = null;
        DomainDef dom = null;
        DomainDef inactiveDom = null;
        boolean offline = false;
        if (opts.redefine()) {
            creationTime = creationTime(text(root, "creationTime"));
            Element parent = XmlElements.child(root, "parent");
            parentName = parent == null ? null : text(parent, "name");
            String st = text(root, "state");
            if (st == null) {
                throw SnapErr.xml("missing state from existing snapshot");
            }
            state = SnapshotState.parse(st);
            if (state == null || state == SnapshotState.NOSTATE) {
                throw SnapErr.unsupported("Invalid state '%s' in domain snapshot XML", st);
            }
            offline = state == SnapshotState.SHUTOFF || state == SnapshotState.DISK_SNAPSHOT;
            Element domain = XmlElements.child(root, "domain");
            // older snapshots carry only <domain><uuid>: without a type there is no definition
            if (domain != null && domain.hasAttribute("type")) {
                dom = DomainXml.parseElement(domain, opts.domainOptions());
            }
            Element inactive = XmlElements.child(root, "inactiveDomain");
            if (inactive != null) {
                inactiveDom = DomainXml.parseElement(inactive, opts.domainOptions());
            }
        } else {
            // virDomainMomentDefPostParse: now, and the time as the default name
            creationTime = opts.clock().getAsLong();
            if (name == null) {
                name = Long.toString(creationTime);
            }
        }

        SnapshotLocation memory = SnapshotLocation.DEFAULT;
        String memoryFile = null;
        Element mem = XmlElements.child(root, "memory");
        if (mem != null) {
            memoryFile = mem.hasAttribute("file") ? mem.getAttribute("file") : null;
            if (mem.hasAttribute("snapshot")) {
                memory = SnapshotLocation.parseNonZero(mem.getAttribute("snapshot"));
                if (memory == null) {
                    throw SnapErr.badAttr("snapshot", "memory", mem.getAttribute("snapshot"));
                }
            }
            if (memory == SnapshotLocation.MANUAL) {
                throw SnapErr.xml("'manual' memory snapshot mode not supported");
            }
        }
        if (memory == SnapshotLocation.DEFAULT) {
            if (memoryFile != null) {
                memory = SnapshotLocation.EXTERNAL;
            } else if (opts.redefine()) {
                memory = offline ? SnapshotLocation.NO : SnapshotLocation.INTERNAL;
            }
        }
        if (memoryFile != null && memory != SnapshotLocation.EXTERNAL) {
            throw SnapErr.xml("memory filename '%s' requires external snapshot", memoryFile);
        }
        if (memoryFile == null && memory == SnapshotLocation.EXTERNAL) {
            throw SnapErr.xml("external memory snapshots require a filename");
        }
        if (offline && memory != SnapshotLocation.DEFAULT && memory != SnapshotLocation.NO) {
            throw SnapErr.xml("memory state cannot be saved with offline or disk-only snapshot");
        }
        if (memoryFile != null && !memoryFile.startsWith("/")) {
            throw SnapErr.xml("memory snapshot file path (%s) must be absolute", memoryFile);
        }

        List<SnapshotDiskDef> disks = new ArrayList<>();
        Element disksEl = XmlElements.child(root, "disks");
        if (disksEl != null) {
            for (Element d : XmlElements.elements(disksEl)) {
                disks.add(SnapshotDiskXml.parse(d));
            }
        }

        boolean current = false;
        if (opts.internal()) {
            String active = text(root, "active");
            Integer a = active == null ? null : parseInt(active);
            if (a == null) {
                throw SnapErr.internal("Could not find 'active' element");
            }
            current = a != 0;
        }
        // <cookie> is read only through the driver's save-cookie callbacks; the test driver has none, so it is
        // dropped here as libvirt drops it (virSaveCookieParse with no callbacks)
        return new Parsed(new SnapshotDef(name, description, state, parentName, creationTime, memory, memoryFile,
                disks, dom, inactiveDom), current);
    }

    /** virXPathLongLong on string(./creationTime): missing or not a number is the same error. */
    private static long creationTime(String s) {
        try {
            if (s != null) {
                return Long.parseLong(s);
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw SnapErr.internal("missing creationTime from existing snapshot");
    }

    private static Integer parseInt(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** virXPathString("string(./NAME)"): the text of the first such child, null when absent or empty. */
    static String text(Element parent, String name) {
        Element e = XmlElements.child(parent, name);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        return t.isEmpty() ? null : t;
    }
}
