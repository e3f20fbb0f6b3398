package org.jvirt.conf.storage;

import org.jvirt.conf.xml.XmlWriter;

/** {@link StorageVolDef} -> XML as virStorageVolDefFormat prints it (no extents: the test driver has none). */
final class StorageVolFormatter {

    private StorageVolFormatter() {
    }

    static void format(XmlWriter w, StoragePoolType pool, StorageVolDef def) {
        w.open("volume").attr("type", def.typeName()).body();
        w.element("name", def.name());
        w.element("key", def.key());
        w.open("capacity").attr("unit", "bytes").text(Long.toUnsignedString(def.capacity())).end("capacity");
        w.open("allocation").attr("unit", "bytes").text(Long.toUnsignedString(def.allocation())).end("allocation");
        w.open("target").body();
        w.element("path", def.path());
        if (pool.hasVolFormats()) {
            w.open("format").attr("type", def.format()).end("format");
        }
        StoragePoolFormatter.formatPerms(w, def.perms());
        VolEncryptionXml.format(w, def.encryption());
        w.element("compat", def.compat());
        if (def.clusterSize() > 0) {
            w.open("clusterSize").attr("unit", "B").text(Long.toUnsignedString(def.clusterSize())).end("clusterSize");
        }
        if (def.features() != null) {
            w.open("features");
            for (String f : def.features()) {
                w.open(f).end(f);
            }
            w.end("features");
        }
        w.end("target");
        if (def.backing() != null) {
            w.open("backingStore").body();
            w.element("path", def.backing().path());
            if (pool.hasVolFormats()) {
                w.open("format").attr("type", def.backing().format()).end("format");
            }
            StoragePoolFormatter.formatPerms(w, def.backing().perms());
            w.end("backingStore");
        }
        w.end("volume");
    }
}
