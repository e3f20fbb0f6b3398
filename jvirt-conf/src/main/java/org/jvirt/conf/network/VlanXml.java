package org.jvirt.conf.network;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.xml.VirNumbers;
import org.jvirt.conf.xml.XmlWriter;
import org.jvirt.error.ErrorCode;
import org.w3c.dom.Element;

/** {@code <vlan>} parse and format (libvirt 9.0's virNetDevVlanParse/Format; errors from VIR_FROM_NONE). */
final class VlanXml {

    private VlanXml() {
    }

    static VlanDef parse(Element vlan) {
        List<Element> tagEls = NetDom.children(vlan, "tag");
        if (tagEls.isEmpty()) {
            throw NetErr.none(ErrorCode.XML_ERROR,
                    "missing tag id - each <vlan> must have at least one <tag id='n'/> subelement");
        }
        List<Integer> tags = new ArrayList<>(tagEls.size());
        VlanDef.NativeMode nativeMode = null;
        int nativeTag = 0;
        for (Element tag : tagEls) {
            String idText = NetDom.attr(tag, "id");
            if (idText == null) {
                throw NetErr.missingAttr("id", "tag");
            }
            Long id = VirNumbers.uip(idText, 10);
            if (id == null) {
                throw NetErr.badUnsigned("id", "tag", idText);
            }
            if (id > 4095) {
                throw NetErr.none(ErrorCode.XML_ERROR, "vlan tag id %d too large (maximum 4095)", id);
            }
            String modeText = NetDom.attr(tag, "nativeMode");
            if (modeText != null) {
                VlanDef.NativeMode mode = VlanDef.NativeMode.fromXml(modeText);
                if (mode == null) {
                    throw NetErr.badAttr("nativeMode", "tag", modeText, null);
                }
                if (nativeMode != null) {
                    throw NetErr.none(ErrorCode.XML_ERROR, "duplicate native vlan setting");
                }
                nativeMode = mode;
                nativeTag = id.intValue();
            }
            tags.add(id.intValue());
        }
        boolean trunk = tags.size() > 1;
        String trunkText = NetDom.xattr(vlan, "trunk");
        if (trunkText != null) {
            trunk = NetDom.asciiEqualsIgnoreCase(trunkText, "yes");
            if (!trunk) {
                if (tags.size() > 1) {
                    throw NetErr.none(ErrorCode.XML_ERROR,
                            "invalid \"trunk='%s'\" in <vlan> - trunk='yes' is required for more than one vlan tag",
                            trunkText);
                }
                if (nativeMode != null) {
                    throw NetErr.none(ErrorCode.XML_ERROR,
                            "invalid configuration in <vlan> - \"trunk='no'\" is not allowed with a native vlan id");
                }
                // a single tag may say trunk='no' (it is then dropped), anything else is an error
                if (!NetDom.asciiEqualsIgnoreCase(trunkText, "no")) {
                    throw NetErr.none(ErrorCode.XML_ERROR, "invalid \"trunk='%s'\" in <vlan> - must be yes or no",
                            trunkText);
                }
            }
        }
        return new VlanDef(tags, trunk, nativeMode, nativeTag);
    }

    static void format(XmlWriter w, VlanDef v) {
        if (v == null || v.tags().isEmpty()) {
            return;
        }
        w.open("vlan");
        if (v.trunk()) {
            w.attr("trunk", "yes");
        }
        for (int id : v.tags()) {
            w.open("tag").attr("id", Integer.toUnsignedString(id));
            if (v.nativeMode() != null && v.nativeTag() == id) {
                w.attr("nativeMode", v.nativeMode().xmlName());
            }
            w.end("tag");
        }
        w.end("vlan");
    }
}
