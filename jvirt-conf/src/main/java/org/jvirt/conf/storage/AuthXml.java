package org.jvirt.conf.storage;

import static org.jvirt.conf.xml.XmlElements.attr;
import static org.jvirt.conf.xml.XmlElements.child;

import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/** A pool source's {@code <auth>} (virStorageAuthDef): chap or ceph, a username and a secret by uuid or usage. */
final class AuthXml {

    private AuthXml() {
    }

    static PoolSourceDef.AuthDef parse(Element e) {
        String username = attr(e, "username");
        if (username == null) {
            throw StorageErr.xml("missing username for auth");
        }
        String type = attr(e, "type");
        if (type != null && !type.equals("chap") && !type.equals("ceph")) {
            throw StorageErr.xml("unknown auth type '%s'", type);
        }
        Element secret = child(e, "secret");
        if (secret == null) {
            throw StorageErr.xml("Missing <secret> element in auth");
        }
        String secretType = attr(secret, "type");
        String uuid = attr(secret, "uuid");
        String usage = attr(secret, "usage");
        if (uuid != null && usage != null) {
            throw StorageErr.xml("either secret uuid or usage expected");
        }
        if (uuid != null) {
            java.util.UUID u = VirNumbers.uuid(uuid);
            if (u == null) {
                throw StorageErr.xml("invalid secret uuid '%s'", uuid);
            }
            uuid = u.toString();
        } else if (usage == null) {
            throw StorageErr.xml("either secret uuid or usage expected");
        }
        if (type == null) {
            throw StorageErr.unsupported("storage pool missing auth type");
        }
        return new PoolSourceDef.AuthDef(type, username, secretType, uuid, usage);
    }

    static void format(XmlWriter w, PoolSourceDef.AuthDef a) {
        w.open("auth").attr("type", a.type()).attr("username", a.username());
        w.open("secret").attr("type", a.secretType()).attr("uuid", a.secretUuid()).attr("usage", a.secretUsage())
                .end("secret");
        w.end("auth");
    }
}
