package org.jvirt.conf.storage;

import static org.jvirt.conf.xml.XmlElements.attr;
import static org.jvirt.conf.xml.XmlElements.child;
import static org.jvirt.conf.xml.XmlElements.children;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.conf.xml.XmlElements;
import org.jvirt.error.ErrorCode;
import org.w3c.dom.Element;

/** {@code <pool>} -> {@link StoragePoolDef}, in the order and with the checks of virStoragePoolDefParseXML. */
final class StoragePoolParser {

    private StoragePoolParser() {
    }

    /** virXPathString: the text of the first such child, null when absent or empty. */
    static String text(Element parent, String name) {
        Element e = child(parent, name);
        if (e == null) {
            return null;
        }
        String t = e.getTextContent();
        return t.isEmpty() ? null : t;
    }

    /** virXPathString on an attribute: null when absent or empty. */
    static String attrText(Element e, String name) {
        String v = attr(e, name);
        return v == null || v.isEmpty() ? null : v;
    }

    static StoragePoolDef parse(Element root, Supplier<UUID> uuids) {
        if (!"pool".equals(XmlElements.localName(root))) {
            throw StorageErr.xml("unexpected root element <%s>, expecting <pool>", XmlElements.localName(root));
        }
        String typeText = attr(root, "type");
        if (typeText == null) {
            throw StorageErr.missingAttr("type", "pool");
        }
        StoragePoolType type = StoragePoolType.fromXml(typeText);
        if (type == null) {
            throw StorageErr.badAttr("type", "pool", typeText, null);
        }
        Element sourceEl = child(root, "source");
        PoolSourceDef source = sourceEl != null ? parseSource(sourceEl, type)
                : PoolSourceDef.EMPTY.withFormat(type.defaultPoolFormat);
        String name = text(root, "name");
        if (name == null && type.has(StorageFormats.SRC_NAME)) {
            name = source.name();
        }
        if (name == null) {
            throw StorageErr.xml("missing pool source name element");
        }
        if (name.indexOf('/') >= 0) {
            throw StorageErr.xml("name %s cannot contain '/'", name);
        }
        String uuidText = text(root, "uuid");
        UUID uuid;
        if (uuidText == null) {
            uuid = uuids.get();
        } else {
            uuid = VirNumbers.uuid(uuidText);
            if (uuid == null) {
                throw StorageErr.xml("malformed uuid element");
            }
        }
        Boolean cow = parseCow(root, type);
        if (type.has(StorageFormats.SRC_HOST) && source.hosts().isEmpty()) {
            throw StorageErr.xml("missing storage pool source host name");
        }
        if (type.has(StorageFormats.SRC_DIR) && source.dir() == null) {
            throw StorageErr.xml("missing storage pool source path");
        }
        if (type.has(StorageFormats.SRC_NAME) && source.name() == null) {
            source = source.withName(name); // the source name defaults to the pool name
        }
        if (type.has(StorageFormats.SRC_ADAPTER)) {
            AdapterXml.validate(source.adapter());
        }
        if (type.flags == StorageFormats.SRC_DEVICE && source.devices().isEmpty()) {
            throw StorageErr.xml("missing storage pool source device name");
        }
        String targetPath = null;
        StoragePerms perms = StoragePerms.NONE;
        if (!type.has(StorageFormats.SRC_NETWORK)) {
            Element target = child(root, "target");
            String raw;
            if (type == StoragePoolType.LOGICAL) {
                raw = "/dev/" + source.name();
            } else if (type == StoragePoolType.ZFS) {
                raw = "/dev/zvol/" + source.name();
            } else {
                raw = text(target, "path");
                if (raw == null) {
                    throw StorageErr.xml("missing storage pool target path");
                }
            }
            targetPath = StorageNum.sanitizePath(raw);
            perms = parsePerms(child(target, "permissions"));
        }
        if (type == StoragePoolType.ISCSI_DIRECT && source.initiatorIqn() == null) {
            throw StorageErr.unsupported("missing initiator IQN");
        }
        String refresh = attrText(child(child(root, "refresh"), "volume"), "allocation");
        if (refresh != null && !refresh.equals("default") && !refresh.equals("capacity")) {
            throw StorageErr.unsupported("unknown storage pool volume refresh allocation type %s", refresh);
        }
        return new StoragePoolDef(type, name, uuid, 0, 0, 0, cow, source, targetPath, perms, refresh);
    }

    private static Boolean parseCow(Element root, StoragePoolType type) {
        Element cowEl = child(child(root, "features"), "cow");
        String state = attr(cowEl, "state");
        if (state == null) {
            return null;
        }
        Boolean v = tristate(state, "state", "cow");
        if (type != StoragePoolType.FS && type != StoragePoolType.DIR) {
            throw StorageErr.of(ErrorCode.NO_SUPPORT, "cow feature may only be used for 'fs' and 'dir' pools");
        }
        return v;
    }

    /** virXMLPropTristateBool: yes/no, anything else (even empty) refused. */
    static Boolean tristate(String v, String attrName, String element) {
        return switch (v) {
            case "yes" -> Boolean.TRUE;
            case "no" -> Boolean.FALSE;
            default -> throw StorageErr.badAttr(attrName, element, v, null);
        };
    }

    static PoolSourceDef parseSource(Element src, StoragePoolType type) {
        String name = text(src, "name");
        if (type == StoragePoolType.RBD && name == null) {
            throw StorageErr.xml("element 'name' is mandatory for RBD pool");
        }
        String format = null;
        if (type.hasPoolFormats()) {
            String f = attrText(child(src, "format"), "type");
            if (f == null) {
                format = type.defaultPoolFormat;
            } else if (type.poolFormats.contains(f)) {
                format = f;
            } else {
                throw StorageErr.unsupported("unknown pool format type %s", f);
            }
        }
        List<PoolSourceDef.Host> hosts = new ArrayList<>();
        for (Element h : children(src, "host")) {
            String hn = attr(h, "name");
            if (hn == null) {
                throw StorageErr.xml("missing storage pool host name");
            }
            int port = 0;
            String p = attr(h, "port");
            if (p != null) {
                Integer v = VirNumbers.i(p, 10);
                if (v == null) {
                    throw StorageErr.badAttr("port", "host", p, "Expected integer value");
                }
                port = v;
            }
            hosts.add(new PoolSourceDef.Host(hn, port));
        }
        String iqn = attr(child(child(src, "initiator"), "iqn"), "name");
        List<PoolSourceDef.Device> devices = new ArrayList<>();
        for (Element d : children(src, "device")) {
            String path = attr(d, "path");
            if (path == null) {
                throw StorageErr.xml("missing storage pool source device path");
            }
            String ps = attr(d, "part_separator");
            devices.add(new PoolSourceDef.Device(path, ps == null ? null : tristate(ps, "part_separator", "device")));
        }
        String dir = attrText(child(src, "dir"), "path");
        if (dir != null) {
            dir = StorageNum.sanitizePath(dir);
        }
        if (dir == null && type == StoragePoolType.GLUSTER) {
            dir = "/";
        }
        Element adapterEl = child(src, "adapter");
        PoolSourceDef.AdapterDef adapter = adapterEl == null ? null : AdapterXml.parse(adapterEl);
        Element authEl = child(src, "auth");
        PoolSourceDef.AuthDef auth = authEl == null ? null : AuthXml.parse(authEl);
        // libvirt 9.0 keeps the version text as given (no number check), refused only for non-NFS formats
        String protocolVer = attrText(child(src, "protocol"), "ver");
        if (protocolVer != null && !"nfs".equals(format) && !"auto".equals(format)) {
            throw StorageErr.unsupported("storage pool protocol ver unsupported for pool type '%s'", format);
        }
        String vendor = attrText(child(src, "vendor"), "name");
        String product = attrText(child(src, "product"), "name");
        return new PoolSourceDef(List.copyOf(hosts), List.copyOf(devices), dir, adapter, name, iqn, format, auth,
                protocolVer, vendor, product);
    }

    /** virStorageDefParsePerms. */
    static StoragePerms parsePerms(Element perms) {
        if (perms == null) {
            return StoragePerms.NONE;
        }
        int mode = -1;
        String m = text(perms, "mode");
        if (m != null) {
            Integer v = VirNumbers.i(m, 8);
            if (v == null || (v & ~0777) != 0) {
                throw StorageErr.xml("malformed octal mode");
            }
            mode = v;
        }
        long uid = id(child(perms, "owner"), "malformed owner element");
        long gid = id(child(perms, "group"), "malformed group element");
        return new StoragePerms(mode, uid, gid, text(perms, "label"));
    }

    /** virXPathLongLong("number(./owner)"): XPath number(), then a uid_t range check that lets -1 through. */
    private static long id(Element e, String error) {
        if (e == null) {
            return -1;
        }
        String t = e.getTextContent().strip();
        double d;
        try {
            if (!t.matches("-?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)")) {
                throw new NumberFormatException();
            }
            d = Double.parseDouble(t);
        } catch (NumberFormatException ex) {
            throw StorageErr.xml(error);
        }
        long v = (long) d;
        if ((v < 0 || v > 0xffffffffL) && v != -1) {
            throw StorageErr.xml(error);
        }
        return v;
    }

}
