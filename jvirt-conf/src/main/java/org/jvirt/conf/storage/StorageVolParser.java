package org.jvirt.conf.storage;

import static org.jvirt.conf.storage.StoragePoolParser.attrText;
import static org.jvirt.conf.storage.StoragePoolParser.text;
import static org.jvirt.conf.xml.XmlElements.attr;
import static org.jvirt.conf.xml.XmlElements.child;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.conf.xml.XmlElements;
import org.w3c.dom.Element;

/** {@code <volume>} -> {@link StorageVolDef} for a pool of a given type, as virStorageVolDefParseXML. */
final class StorageVolParser {

    private StorageVolParser() {
    }

    static StorageVolDef parse(Element root, StoragePoolType pool) {
        if (!"volume".equals(XmlElements.localName(root))) {
            throw StorageErr.xml("unexpected root element <%s>, expecting <volume>", XmlElements.localName(root));
        }
        String name = text(root, "name");
        if (name == null) {
            throw StorageErr.xml("missing volume name element");
        }
        String key = text(root, "key");
        int type = 0;
        String typeText = attrText(root, "type");
        if (typeText != null) {
            type = StorageFormats.VOL_TYPES.indexOf(typeText);
            if (type < 0) {
                throw StorageErr.unsupported("unknown volume type '%s'", typeText);
            }
        }
        StorageVolDef.Backing backing = null;
        Element bs = child(root, "backingStore");
        String bsPath = text(bs, "path");
        if (bsPath != null) {
            String bsFormat = pool.hasVolFormats() ? format(pool, attrText(child(bs, "format"), "type")) : null;
            backing = new StorageVolDef.Backing(bsPath, bsFormat,
                    StoragePoolParser.parsePerms(child(bs, "permissions")));
        }
        Element capEl = child(root, "capacity");
        String cap = text(root, "capacity");
        long capacity = 0;
        if (cap != null) {
            capacity = StorageNum.size(attrText(capEl, "unit"), cap);
        } else {
            throw StorageErr.xml("missing capacity element");
        }
        String alloc = text(root, "allocation");
        long allocation = capacity;
        boolean hasAllocation = false;
        if (alloc != null) {
            allocation = StorageNum.size(attrText(child(root, "allocation"), "unit"), alloc);
            hasAllocation = true;
        }
        Element target = child(root, "target");
        String path = text(target, "path");
        String format = pool.hasVolFormats() ? format(pool, attrText(child(target, "format"), "type")) : null;
        StoragePerms perms = StoragePoolParser.parsePerms(child(target, "permissions"));
        Element encEl = child(target, "encryption");
        VolEncryption encryption = encEl == null ? null : VolEncryptionXml.parse(encEl);
        String compat = text(target, "compat");
        if (compat != null && !compat.matches("[0-9]+\\.[0-9]+")) {
            String[] parts = compat.split("\\.", 2);
            if (parts.length < 2 || VirNumbers.uip(parts[0], 10) == null || VirNumbers.uip(parts[1], 10) == null) {
                throw StorageErr.xml("forbidden characters in 'compat' attribute");
            }
        }
        boolean nocow = child(target, "nocow") != null;
        long clusterSize = 0;
        Element cs = child(target, "clusterSize");
        if (cs != null) {
            clusterSize = StorageNum.size(attr(cs, "unit"), cs.getTextContent());
        }
        List<String> features = null;
        Element feats = child(target, "features");
        if (feats != null) {
            if (compat == null) {
                compat = "1.1";
            }
            boolean[] set = new boolean[StorageFormats.FEATURES.size()];
            for (Element f : XmlElements.elements(feats)) {
                int i = StorageFormats.FEATURES.indexOf(XmlElements.localName(f));
                if (i < 0) {
                    throw StorageErr.unsupported("unsupported feature %s", XmlElements.localName(f));
                }
                set[i] = true;
            }
            features = new ArrayList<>();
            for (int i = 0; i < set.length; i++) {
                if (set[i]) {
                    features.add(StorageFormats.FEATURES.get(i));
                }
            }
            features = List.copyOf(features);
        }
        return new StorageVolDef(name, key, type, capacity, allocation, hasAllocation, path, format, perms, backing,
                compat, nocow, clusterSize, features, encryption);
    }

    private static String format(StoragePoolType pool, String f) {
        if (f == null) {
            return pool.defaultVolFormat;
        }
        int i = pool.volFormats.indexOf(f);
        // "none" is index 0 of the file formats: libvirt's reader refuses it
        if (i < 0 || i == 0 && pool.volFormats == StorageFormats.FILE) {
            throw StorageErr.unsupported("unknown volume format type %s", f);
        }
        return f;
    }
}
