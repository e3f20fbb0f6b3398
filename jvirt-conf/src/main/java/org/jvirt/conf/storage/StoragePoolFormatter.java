package org.jvirt.conf.storage;

import org.jvirt.conf.xml.XmlWriter;

/** {@link StoragePoolDef} -> XML as virStoragePoolDefFormat prints it. */
final class StoragePoolFormatter {

    private StoragePoolFormatter() {
    }

    static void format(XmlWriter w, StoragePoolDef def) {
        w.open("pool").attr("type", def.type().xmlName()).body();
        w.element("name", def.name());
        w.element("uuid", def.uuid());
        w.open("capacity").attr("unit", "bytes").text(Long.toUnsignedString(def.capacity())).end("capacity");
        w.open("allocation").attr("unit", "bytes").text(Long.toUnsignedString(def.allocation())).end("allocation");
        w.open("available").attr("unit", "bytes").text(Long.toUnsignedString(def.available())).end("available");
        if (def.cow() != null) {
            w.open("features").open("cow").attr("state", def.cow() ? "yes" : "no").end("cow").end("features");
        }
        formatSource(w, def.type(), def.source());
        StoragePoolType t = def.type();
        if (t != StoragePoolType.RBD && t != StoragePoolType.SHEEPDOG && t != StoragePoolType.GLUSTER
                && t != StoragePoolType.ISCSI_DIRECT) {
            w.open("target").body();
            w.element("path", def.targetPath());
            formatPerms(w, def.perms());
            w.end("target");
        }
        if (def.refreshAllocation() != null) {
            w.open("refresh").open("volume").attr("allocation", def.refreshAllocation()).end("volume").end("refresh");
        }
        w.end("pool");
    }

    /** virStoragePoolSourceFormat: always a start/end pair, only the parts the pool type has. */
    static void formatSource(XmlWriter w, StoragePoolType type, PoolSourceDef src) {
        w.open("source").body();
        if (type.has(StorageFormats.SRC_HOST)) {
            for (PoolSourceDef.Host h : src.hosts()) {
                w.open("host").attr("name", h.name()).attr("port", h.port() == 0 ? null : h.port()).end("host");
            }
        }
        if (type.has(StorageFormats.SRC_DEVICE)) {
            for (PoolSourceDef.Device d : src.devices()) {
                w.open("device").attr("path", d.path())
                        .attr("part_separator", d.partSeparator() == null ? null : d.partSeparator() ? "yes" : "no")
                        .end("device");
            }
        }
        if (type.has(StorageFormats.SRC_DIR) && src.dir() != null) {
            w.open("dir").attr("path", src.dir()).end("dir");
        }
        if (type.has(StorageFormats.SRC_ADAPTER) && src.adapter() != null) {
            AdapterXml.format(w, src.adapter());
        }
        if (type.has(StorageFormats.SRC_NAME)) {
            w.element("name", src.name());
        }
        if (type.has(StorageFormats.SRC_IQN) && src.initiatorIqn() != null) {
            w.open("initiator").open("iqn").attr("name", src.initiatorIqn()).end("iqn").end("initiator");
        }
        if (type.hasPoolFormats()) {
            w.open("format").attr("type", src.format()).end("format");
        }
        if (src.auth() != null) {
            AuthXml.format(w, src.auth());
        }
        if (src.protocolVer() != null) {
            w.open("protocol").attr("ver", src.protocolVer()).end("protocol");
        }
        if (src.vendor() != null) {
            w.open("vendor").attr("name", src.vendor()).end("vendor");
        }
        if (src.product() != null) {
            w.open("product").attr("name", src.product()).end("product");
        }
        w.end("source");
    }

    static void formatPerms(XmlWriter w, StoragePerms p) {
        if (p == null || p.isEmpty()) {
            return;
        }
        w.open("permissions").body();
        if (p.mode() != -1) {
            w.element("mode", "0" + Integer.toOctalString(p.mode()));
        }
        if (p.uid() != -1) {
            w.element("owner", (int) p.uid());
        }
        if (p.gid() != -1) {
            w.element("group", (int) p.gid());
        }
        w.element("label", p.label());
        w.end("permissions");
    }
}
