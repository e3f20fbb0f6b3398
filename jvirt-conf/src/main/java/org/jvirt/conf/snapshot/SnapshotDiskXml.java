package org.jvirt.conf.snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
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

    /** virStorageNetProtocol names other than "none". */
    private static final Set<String> PROTOCOLS = Set.of("nbd", "rbd", "sheepdog", "gluster", "iscsi", "http",
            "https", "ftp", "ftps", "tftp", "ssh", "vxhs", "nfs");

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
        SnapshotDiskDef.NetworkSource network = null;
        Element source = XmlElements.child(node, "source");
        if (source != null) {
            String attr = switch (type) {
                case "block" -> "dev";
                case "file" -> "file";
                case "network" -> "name";
                default -> null;
            };
            if (attr != null && source.hasAttribute(attr) && !source.getAttribute(attr).isEmpty()) {
                path = source.getAttribute(attr);
            }
            if (type.equals("network")) {
                network = network(source);
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
        long cacheMax = metadataCacheMaxSize(driver);
        // a network source's name is no path (virStorageSourceIsRelative is false for it)
        if (path != null && network == null && !path.startsWith("/")) {
            throw SnapErr.xml("disk snapshot image path '%s' must be absolute", path);
        }
        if (snapshot == SnapshotLocation.DEFAULT && (path != null || driverType != null)) {
            snapshot = SnapshotLocation.EXTERNAL;
        }
        return new SnapshotDiskDef(name, snapshot, type, driverType, path, cacheMax, network);
    }

    /** The network part of virDomainStorageSourceParse: protocol (required) and hosts. */
    private static SnapshotDiskDef.NetworkSource network(Element source) {
        if (!source.hasAttribute("protocol")) {
            throw SnapErr.of(ErrorCode.XML_ERROR, ErrorDomain.XML, "Missing required attribute 'protocol' in element 'source'");
        }
        if (!PROTOCOLS.contains(source.getAttribute("protocol"))) {
            throw SnapErr.badAttr("protocol", "source", source.getAttribute("protocol"));
        }
        List<SnapshotDiskDef.Host> hosts = new ArrayList<>();
        for (Element h : XmlElements.elements(source)) {
            if (XmlElements.localName(h).equals("host")) {
                hosts.add(new SnapshotDiskDef.Host(attr(h, "name"), attr(h, "port"),
                        "tcp".equals(attr(h, "transport")) ? null : attr(h, "transport"), attr(h, "socket")));
            }
        }
        return new SnapshotDiskDef.NetworkSource(source.getAttribute("protocol"), hosts);
    }

    /** virParseScaledValue("./driver/metadata_cache/max_size", scale 1): bytes, 0 when absent. */
    private static long metadataCacheMaxSize(Element driver) {
        Element cache = driver == null ? null : XmlElements.child(driver, "metadata_cache");
        Element max = cache == null ? null : XmlElements.child(cache, "max_size");
        if (max == null) {
            return 0;
        }
        String text = max.getTextContent().strip();
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            value = -1;
        }
        if (value < 0) {
            throw SnapErr.of(ErrorCode.XML_ERROR, ErrorDomain.XML, "Invalid value '" + max.getTextContent()
                    + "' for element or attribute './driver/metadata_cache/max_size'");
        }
        long scale = SnapshotUnits.scale(attr(max, "unit"));
        if (value != 0 && value > Long.MAX_VALUE / scale) {
            throw SnapErr.of(ErrorCode.OVERFLOW, ErrorDomain.NONE, "value too large: " + value + attr(max, "unit"));
        }
        return value * scale;
    }

    private static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }

    static void format(XmlWriter w, SnapshotDiskDef d) {
        w.open("disk").attr("name", d.name());
        if (d.snapshot() != SnapshotLocation.DEFAULT) {
            w.attr("snapshot", d.snapshot().xml());
        }
        if (d.path() != null || d.driverType() != null) {
            w.attr("type", d.type());
            if (d.driverType() != null || d.metadataCacheMaxSize() > 0) {
                w.open("driver").attr("type", d.driverType());
                if (d.metadataCacheMaxSize() > 0) {
                    w.body().open("metadata_cache").body();
                    w.open("max_size").attr("unit", "bytes").text(Long.toString(d.metadataCacheMaxSize()))
                            .end("max_size");
                    w.end("metadata_cache");
                }
                w.end("driver");
            }
            w.open("source");
            if (d.network() != null) {
                w.attr("protocol", d.network().protocol()).attr("name", d.path());
                if (!d.network().hosts().isEmpty()) {
                    w.body();
                    for (SnapshotDiskDef.Host h : d.network().hosts()) {
                        w.open("host").attr("name", h.name()).attr("port", h.port()).attr("transport", h.transport())
                                .attr("socket", h.socket()).end("host");
                    }
                }
            } else if (d.path() != null) {
                w.attr(d.type().equals("block") ? "dev" : "file", d.path());
            }
            w.end("source");
        }
        w.end("disk");
    }
}
