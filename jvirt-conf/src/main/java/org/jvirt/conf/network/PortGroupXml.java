package org.jvirt.conf.network;

import org.jvirt.conf.xml.XmlWriter;
import org.w3c.dom.Element;

/** {@code <portgroup>} parse and format (virNetworkPortGroupParseXML / virPortGroupDefFormat, libvirt 9.0). */
final class PortGroupXml {

    private PortGroupXml() {
    }

    static PortGroupDef parse(Element pg) {
        String name = NetDom.xattr(pg, "name");
        if (name == null) {
            throw NetErr.xml("Missing required name attribute in portgroup");
        }
        // default is read loosely: "yes" in any case counts, anything else is "no"
        boolean isDefault = NetDom.asciiEqualsIgnoreCase(NetDom.xattr(pg, "default"), "yes");
        Boolean trust = NetworkParser.yesNo(pg, "trustGuestRxFilters", "portgroup");
        Element vp = NetDom.child(pg, "virtualport");
        VirtualPortDef virtualPort = vp == null ? null : VirtualPortXml.parse(vp, false);
        Element bw = NetDom.child(pg, "bandwidth");
        BandwidthDef bandwidth = bw == null ? null : BandwidthXml.parse(bw, false);
        Element vlanEl = NetDom.child(pg, "vlan");
        VlanDef vlan = vlanEl == null ? null : VlanXml.parse(vlanEl);
        return new PortGroupDef(name, isDefault, trust, vlan, virtualPort, bandwidth);
    }

    static void format(XmlWriter w, PortGroupDef pg) {
        w.open("portgroup").attrRaw("name", pg.name()); // printed with a plain %s by libvirt
        if (pg.isDefault()) {
            w.attr("default", "yes");
        }
        w.attr("trustGuestRxFilters", NetworkFormatter.yn(pg.trustGuestRxFilters()));
        w.body(); // a start/end pair even when empty
        VlanXml.format(w, pg.vlan());
        VirtualPortXml.format(w, pg.virtualPort());
        BandwidthXml.format(w, pg.bandwidth());
        w.end("portgroup");
    }
}
