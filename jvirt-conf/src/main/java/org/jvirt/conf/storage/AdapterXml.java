package org.jvirt.conf.storage;

import static org.jvirt.conf.xml.XmlElements.attr;
import static org.jvirt.conf.xml.XmlElements.child;

import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.conf.xml.XmlWriter;
import org.jvirt.error.ErrorCode;
import org.w3c.dom.Element;

/** A pool source's {@code <adapter>} (storage_adapter_conf.c): scsi_host by name or parent PCI address, fc_host. */
final class AdapterXml {

    private AdapterXml() {
    }

    static PoolSourceDef.AdapterDef parse(Element e) {
        String type = attr(e, "type");
        if (type == null) {
            // the legacy form: a bare name means scsi_host
            if (attr(e, "wwnn") != null || attr(e, "wwpn") != null || attr(e, "parent") != null) {
                throw StorageErr.xml("Use of 'wwnn', 'wwpn', and 'parent' attributes requires use of the adapter 'type'");
            }
            if (child(e, "parentaddr") != null) {
                throw StorageErr.xml("Use of 'parentaddr' element requires use of the adapter 'type'");
            }
            String name = attr(e, "name");
            return name == null ? null
                    : new PoolSourceDef.AdapterDef("scsi_host", name, null, null, null, null, null, null, null, null, null);
        }
        if (!type.equals("scsi_host") && !type.equals("fc_host")) {
            throw type.equals("default") ? StorageErr.badAttr("type", "adapter", type, null)
                    : StorageErr.badAttr("type", "adapter", type, null);
        }
        if (type.equals("fc_host")) {
            String managed = attr(e, "managed");
            if (managed != null) {
                StoragePoolParser.tristate(managed, "managed", "adapter");
            }
            return new PoolSourceDef.AdapterDef(type, null, attr(e, "parent"), attr(e, "parent_wwnn"),
                    attr(e, "parent_wwpn"), attr(e, "parent_fabric_wwn"), managed, attr(e, "wwnn"), attr(e, "wwpn"),
                    null, null);
        }
        String name = attr(e, "name");
        Element parentaddr = child(e, "parentaddr");
        Integer unique = null;
        String pci = null;
        if (parentaddr != null) {
            Element addr = child(parentaddr, "address");
            if (addr == null) {
                throw StorageErr.xml("Missing scsi_host PCI address element");
            }
            pci = pciAddress(addr);
            String u = attr(parentaddr, "unique_id");
            Integer uv = u == null ? null : VirNumbers.i(u, 10);
            if (uv == null || uv < 0) {
                throw StorageErr.xml("Missing or invalid scsi adapter 'unique_id' value");
            }
            unique = uv;
        }
        return new PoolSourceDef.AdapterDef(type, name, null, null, null, null, null, null, null, unique, pci);
    }

    /** virPCIDeviceAddressParseXML, formatted back as virPCIDeviceAddressFormat prints it. */
    private static String pciAddress(Element addr) {
        long domain = hex(addr, "domain", 0xffff);
        long bus = hex(addr, "bus", 0xff);
        long slot = hex(addr, "slot", 0x1f);
        long function = hex(addr, "function", 7);
        return String.format("<address domain='0x%04x' bus='0x%02x' slot='0x%02x' function='0x%d'/>", domain, bus,
                slot, function);
    }

    private static long hex(Element addr, String name, long max) {
        String v = attr(addr, name);
        if (v == null) {
            return 0;
        }
        Long n = VirNumbers.uip(v, 0);
        if (n == null || n > max) {
            throw StorageErr.none(ErrorCode.XML_ERROR, "Invalid PCI address %s '%s'. Expected hex value", name, v);
        }
        return n;
    }

    static void validate(PoolSourceDef.AdapterDef a) {
        if (a == null) {
            throw StorageErr.xml("missing storage pool source adapter");
        }
        if (a.type().equals("fc_host")) {
            if (a.wwnn() == null || a.wwpn() == null) {
                throw StorageErr.xml("'wwnn' and 'wwpn' must be specified for adapter type 'fchost'");
            }
            wwn(a.wwnn());
            wwn(a.wwpn());
            if (a.parentWwnn() != null && a.parentWwpn() == null) {
                throw StorageErr.xml("when providing parent_wwnn='%s', the parent_wwpn must also be provided",
                        a.parentWwnn());
            }
            if (a.parentWwnn() == null && a.parentWwpn() != null) {
                throw StorageErr.xml("when providing parent_wwpn='%s', the parent_wwnn must also be provided",
                        a.parentWwpn());
            }
            for (String w : new String[] {a.parentWwnn(), a.parentWwpn(), a.parentFabricWwn()}) {
                if (w != null) {
                    wwn(w);
                }
            }
            return;
        }
        if (a.name() == null && a.pciAddress() == null) {
            throw StorageErr.xml("Either 'name' or 'parent' must be specified for the 'scsi_host' adapter");
        }
        if (a.name() != null && a.pciAddress() != null) {
            throw StorageErr.xml("Both 'name' and 'parent' cannot be specified for the 'scsi_host' adapter");
        }
    }

    /** virValidateWWN: 16 hex digits, optionally after "0x". */
    private static void wwn(String w) {
        String p = w.startsWith("0x") ? w.substring(2) : w;
        if (!p.matches("[0-9a-fA-F]{16}")) {
            throw StorageErr.none(ErrorCode.INTERNAL_ERROR, "Malformed wwn: %s", w);
        }
    }

    static void format(XmlWriter w, PoolSourceDef.AdapterDef a) {
        if (a.type().equals("fc_host")) {
            w.open("adapter").attr("type", a.type()).attr("parent", a.parent()).attr("parent_wwnn", a.parentWwnn())
                    .attr("parent_wwpn", a.parentWwpn()).attr("parent_fabric_wwn", a.parentFabricWwn())
                    .attr("managed", a.managed()).attrRaw("wwnn", a.wwnn()).attrRaw("wwpn", a.wwpn()).end("adapter");
        } else if (a.name() != null) {
            w.open("adapter").attr("type", a.type()).attrRaw("name", a.name()).end("adapter");
        } else {
            w.open("adapter").attr("type", a.type());
            w.open("parentaddr").attr("unique_id", a.unique());
            w.raw(a.pciAddress());
            w.end("parentaddr");
            w.end("adapter");
        }
    }
}
