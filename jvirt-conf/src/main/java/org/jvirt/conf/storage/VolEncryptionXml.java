package org.jvirt.conf.storage;

import static org.jvirt.conf.xml.XmlElements.attr;
import static org.jvirt.conf.xml.XmlElements.child;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.conf.xml.XmlElements;
import org.jvirt.conf.xml.XmlWriter;
import org.jvirt.error.ErrorCode;
import org.w3c.dom.Element;

/**
 * {@code <encryption>} of a volume target, read and written as libvirt 9.0 does. The error domains differ by
 * origin: storage for the encryption element itself, xml for the attribute helpers (engine, cipher size), none
 * for the secret reference (shared with the domain's secret lookups).
 */
final class VolEncryptionXml {

    private VolEncryptionXml() {
    }

    static VolEncryption parse(Element e) {
        String format = StoragePoolParser.attrText(e, "format");
        if (format == null) {
            throw StorageErr.xml("unknown volume encryption format");
        }
        if (!VolEncryption.FORMATS.contains(format)) {
            throw StorageErr.unsupported("unknown volume encryption format type %s", format);
        }
        String engine = attr(e, "engine");
        if (engine != null && VolEncryption.ENGINES.indexOf(engine) <= 0) {
            throw StorageErr.badAttr("engine", "encryption", engine, null);
        }
        List<VolEncryption.Secret> secrets = new ArrayList<>();
        for (Element s : XmlElements.children(e, "secret")) {
            secrets.add(secret(s));
        }
        VolEncryption.Cipher cipher = null;
        VolEncryption.Ivgen ivgen = null;
        // the cipher and ivgen describe a LUKS header: other formats ignore them
        if (format.equals("luks")) {
            Element c = child(e, "cipher");
            if (c != null) {
                cipher = cipher(c);
            }
            Element iv = child(e, "ivgen");
            if (iv != null) {
                if (cipher == null) {
                    throw StorageErr.xml("ivgen element found, but cipher is missing");
                }
                String name = attr(iv, "name");
                if (name == null) {
                    throw StorageErr.xml("missing ivgen info name string");
                }
                ivgen = new VolEncryption.Ivgen(name, attr(iv, "hash"));
            }
        }
        return new VolEncryption(format, engine, secrets, cipher, ivgen);
    }

    private static VolEncryption.Secret secret(Element s) {
        String type = StoragePoolParser.attrText(s, "type");
        if (type == null) {
            throw StorageErr.xml("unknown volume encryption secret type");
        }
        if (!type.equals("passphrase")) {
            throw StorageErr.unsupported("unknown volume encryption secret type %s", type);
        }
        String uuid = attr(s, "uuid");
        String usage = attr(s, "usage");
        if (uuid == null && usage == null) {
            throw StorageErr.none(ErrorCode.XML_ERROR, "missing secret uuid or usage attribute");
        }
        if (uuid != null && usage != null) {
            throw StorageErr.none(ErrorCode.XML_ERROR, "either secret uuid or usage expected");
        }
        if (uuid != null) {
            UUID u = VirNumbers.uuid(uuid);
            if (u == null) {
                throw StorageErr.none(ErrorCode.XML_ERROR, "invalid secret uuid '%s'", uuid);
            }
            uuid = u.toString();
        }
        return new VolEncryption.Secret(type, uuid, usage);
    }

    private static VolEncryption.Cipher cipher(Element c) {
        String name = attr(c, "name");
        if (name == null) {
            throw StorageErr.xml("cipher info missing 'name' attribute");
        }
        String size = attr(c, "size");
        if (size == null) {
            throw StorageErr.missingAttr("size", "cipher");
        }
        Long n = VirNumbers.uip(size, 10);
        if (n == null) {
            throw StorageErr.badAttr("size", "cipher", size, "Expected non-negative integer value");
        }
        return new VolEncryption.Cipher(name, n, attr(c, "mode"), attr(c, "hash"));
    }

    static void format(XmlWriter w, VolEncryption enc) {
        if (enc == null) {
            return;
        }
        w.open("encryption").attr("format", enc.format()).attr("engine", enc.engine()).body();
        for (VolEncryption.Secret s : enc.secrets()) {
            w.open("secret").attr("type", s.type()).attr("uuid", s.uuid()).attr("usage", s.usage()).end("secret");
        }
        VolEncryption.Cipher c = enc.cipher();
        if (c != null && enc.format().equals("luks")) {
            w.open("cipher").attr("name", c.name()).attr("size", c.size()).attr("mode", c.mode())
                    .attr("hash", c.hash()).end("cipher");
            VolEncryption.Ivgen iv = enc.ivgen();
            if (iv != null) {
                w.open("ivgen").attr("name", iv.name()).attr("hash", iv.hash()).end("ivgen");
            }
        }
        w.end("encryption");
    }
}
