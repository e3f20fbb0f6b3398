package org.jvirt.conf.network;

import java.util.UUID;
import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.conf.xml.XmlWriter;
import org.jvirt.error.ErrorCode;
import org.w3c.dom.Element;

/**
 * {@code <virtualport>} parse and format (virNetDevVPortProfileParse/Format, libvirt 9.0). Parameters a type does
 * not use are refused by the "no extras" check (reported from VIR_FROM_NET), except that 9.0 lets midonet keep a
 * profileid, which it then never prints.
 */
final class VirtualPortXml {

    /** Room in libvirt's fixed profileID buffer, terminator included. */
    private static final int PROFILEID_BUFLEN = 40;

    private VirtualPortXml() {
    }

    /** @param requireType true at network level (VIR_VPORT_XML_REQUIRE_TYPE), false in portgroups */
    static VirtualPortDef parse(Element vp, boolean requireType) {
        VirtualPortDef.Type type = null;
        String typeText = NetDom.attr(vp, "type");
        if (typeText != null) {
            type = VirtualPortDef.Type.fromXml(typeText);
            if (type == null) {
                throw NetErr.none(ErrorCode.CONFIG_UNSUPPORTED, "unknown virtualport type %s", typeText);
            }
        }
        if (type == null && requireType) {
            throw NetErr.none(ErrorCode.XML_ERROR, "missing required virtualport type");
        }
        Element params = NetDom.child(vp, "parameters");
        Integer managerId = bounded(NetDom.attr(params, "managerid"), 0xff, "cannot parse value of managerid parameter",
                "value of managerid out of range");
        Integer typeId = bounded(NetDom.attr(params, "typeid"), 0xffffff, "cannot parse value of typeid parameter",
                "value for typeid out of range");
        Integer typeIdVersion = bounded(NetDom.attr(params, "typeidversion"), 0xff,
                "cannot parse value of typeidversion parameter", "value of typeidversion out of range");
        UUID instanceId = uuid(NetDom.attr(params, "instanceid"), "cannot parse instanceid parameter as a uuid");
        String profileId = NetDom.attr(params, "profileid");
        if (profileId != null && profileId.length() >= PROFILEID_BUFLEN) {
            throw NetErr.none(ErrorCode.XML_ERROR, "profileid parameter too long");
        }
        if (profileId != null && profileId.isEmpty()) {
            profileId = null; // an empty profileid leaves libvirt's buffer empty, i.e. unset
        }
        UUID interfaceId = uuid(NetDom.attr(params, "interfaceid"), "cannot parse interfaceid parameter as a uuid");
        VirtualPortDef def = new VirtualPortDef(type, managerId, typeId, typeIdVersion, instanceId, profileId,
                interfaceId);
        checkNoExtras(def);
        return def;
    }

    /** virStrToLong_ui with base 0 (so "0x10" and "010" work, and "-1" wraps), then the range check. */
    private static Integer bounded(String text, long max, String parseError, String rangeError) {
        if (text == null) {
            return null;
        }
        Long v = VirNumbers.ui(text, 0);
        if (v == null) {
            throw NetErr.none(ErrorCode.XML_ERROR, parseError);
        }
        if (v > max) {
            throw NetErr.none(ErrorCode.XML_ERROR, rangeError);
        }
        return v.intValue();
    }

    private static UUID uuid(String text, String error) {
        if (text == null) {
            return null;
        }
        UUID u = VirNumbers.uuid(text);
        if (u == null) {
            throw NetErr.none(ErrorCode.XML_ERROR, error);
        }
        return u;
    }

    /** virNetDevVPortProfileCheckNoExtras as in 9.0: the first parameter the type does not take. */
    private static void checkNoExtras(VirtualPortDef d) {
        if (d.type() == null) {
            return;
        }
        String extra = switch (d.type()) {
            case QBG -> d.profileId() != null ? "profileid" : d.interfaceId() != null ? "interfaceid" : null;
            case QBH -> d.managerId() != null ? "managerid" : d.typeId() != null ? "typeid"
                    : d.typeIdVersion() != null ? "typeidversion" : d.instanceId() != null ? "instanceid"
                    : d.interfaceId() != null ? "interfaceid" : null;
            case OPENVSWITCH, MIDONET -> d.managerId() != null ? "managerid" : d.typeId() != null ? "typeid"
                    : d.typeIdVersion() != null ? "typeidversion" : d.instanceId() != null ? "instanceid" : null;
        };
        if (extra != null) {
            throw NetErr.net(ErrorCode.XML_ERROR, "extra %s unsupported in <virtualport type='%s'>", extra,
                    d.type().xmlName());
        }
    }

    static void format(XmlWriter w, VirtualPortDef vp) {
        if (vp == null) {
            return;
        }
        VirtualPortDef.Type type = vp.type();
        if (vp.noParameters()) {
            if (type != null) {
                w.open("virtualport").attr("type", type.xmlName()).end("virtualport");
            }
            return;
        }
        w.open("virtualport");
        if (type != null) {
            w.attr("type", type.xmlName());
        }
        boolean qbg = type == null || type == VirtualPortDef.Type.QBG;
        w.open("parameters");
        if (qbg) {
            w.attr("managerid", vp.managerId()).attr("typeid", vp.typeId()).attr("typeidversion", vp.typeIdVersion())
                    .attr("instanceid", vp.instanceId());
        }
        if (type == null || type == VirtualPortDef.Type.MIDONET || type == VirtualPortDef.Type.OPENVSWITCH) {
            w.attr("interfaceid", vp.interfaceId());
        }
        if (type == null || type == VirtualPortDef.Type.OPENVSWITCH || type == VirtualPortDef.Type.QBH) {
            w.attrRaw("profileid", vp.profileId()); // libvirt prints it with a plain %s
        }
        w.end("parameters");
        w.end("virtualport");
    }
}
