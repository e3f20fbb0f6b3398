package org.jvirt.conf.snapshot;

import java.util.Set;
import org.jvirt.conf.xml.XmlElements;
import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/** A snapshot's {@code <disk>}: virDomainSnapshotDiskDefParseXML and virDomainSnapshotDiskDefFormat. */
final class SnapshotDiskXml {

    /** virStorageType names other than "none". */
    private static final Set<String> STORAGE_TYPES = Set.of("file", "block", "dir", "network", "volume", "nvme",
            "vhostuser", "vhostvdpa");
    /** virStorageFileFormat names other than "none" (virStorageFileFormatTypeFromString > 0). */
    private static final Set<String> FORMATS = Set.of("raw", "dir", "bochs", "cloop", "dmg", "iso", "vpc", "vdi",
            "fat", "vhd", "ploop", "cow", "qcow", "qcow2", "qed", "vmdk");

    private SnapshotDiskXml() {
    }

    static SnapshotDiskDef parse(Element node) {
        if (!node.hasAttribute("name")) {
            throw SnapErr.internal("missing name from disk snapshot element");
        }
        String name = node.getAttribute("name");
        SnapshotLocation snapshot = SnapshotLocation.DEFAULT;
        if (node.hasAttribute("snapshot")) {
            snapshot = SnapshotLocation.parseNonZero(node.getAttribute("snapshot"));
            if (snapshot == null) {
                throw SnapErr.badAttr("snapshot", "disk", node.getAttribute("snapshot"));
            }
        }
        String type = "file";
        if (node.hasAttribute("type")) {
            type = node.getAttribute("type");
            if (!STORAGE_TYPES.contains(type)) {
                throw SnapErr.badAttr("type", "disk", type);
            }
        }
        if (type.equals("volume") || type.equals("dir")) {
            throw SnapErr.xml("unsupported disk snapshot type '%s'", type);
        }
        String path = null;
        Element source = XmlElements.child(node, "source");
        if (source != null) {
            String attr = switch (type) {
                case "block" -> "dev";
                case "file" -> "file";
                default -> null;
            };
            if (attr != null && source.hasAttribute(attr) && !source.getAttribute(attr).isEmpty()) {
                path = source.getAttribute(attr);
            }
        }
        String driverType = null;
        Element driver = XmlElements.child(node, "driver");
        if (driver != null && driver.hasAttribute("type")) {
            driverType = driver.getAttribute("type");
            if (!FORMATS.contains(driverType)) {
                throw SnapErr.unsupported("unknown disk snapshot driver '%s'", driverType);
            }
        }
        if (path != null && !path.startsWith("/")) {
            throw SnapErr.xml("disk snapshot image path '%s' must be absolute", path);
        }
        if (snapshot == SnapshotLocation.DEFAULT && (path != null || driverType != null)) {
            snapshot = SnapshotLocation.EXTERNAL;
        }
        return new SnapshotDiskDef(name, snapshot, type, driverType, path, 0);
    }

    static void format(XmlWriter w, SnapshotDiskDef d) {
        w.open("disk").attr("name", d.name());
        if (d.snapshot() != SnapshotLocation.DEFAULT) {
            w.attr("snapshot", d.snapshot().xml());
        }
        if (d.path() != null || d.driverType() != null) {
            w.attr("type", d.type());
            if (d.driverType() != null) {
                w.open("driver").attr("type", d.driverType()).end("driver");
            }
            w.open("source");
            if (d.path() != null) {
                w.attr(d.type().equals("block") ? "dev" : "file", d.path());
            }
            w.end("source");
        }
        w.end("disk");
    }
}
