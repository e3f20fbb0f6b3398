package org.jvirt.conf.network;

import org.jvirt.conf.xml.XmlDocuments;
import org.jvirt.conf.xml.XmlWriter;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The network XML facade: parse (with post-parse defaults: generated uuid, stp on, delay 0, forward mode nat
 * for a bare {@code <forward/>}) and format, matching libvirt 9.0 (network_conf.c) byte for byte.
 */
public final class NetworkXml {

    /** VIR_NETWORK_XML_INACTIVE: format the persistent config (no live-only data). */
    public static final int XML_INACTIVE = 1;

    /** libvirt's name for the document in parse error messages. */
    static final String URL = "(network_definition)";

    private NetworkXml() {
    }

    public static NetworkDef parse(String xml, NetworkParseOptions opts) {
        Document doc = XmlDocuments.parse(xml, URL, ErrorDomain.NETWORK);
        Element root = doc.getDocumentElement();
        if (!"network".equals(NetDom.localName(root))) {
            throw VirtException.of(ErrorCode.XML_ERROR, ErrorDomain.XML,
                    "expecting root element of 'network', not '" + NetDom.localName(root) + "'");
        }
        if (opts.validateSchema()) {
            org.jvirt.conf.rng.RngSchemas.require("network.rng", root, xml);
        }
        return NetworkParser.parse(root, opts);
    }

    /**
     * Parses a {@code <network>} element that is part of a larger document (the test driver's node file, as
     * libvirt's virNetworkDefParseNode does), without re-serialising it. Added for jvirt-driver-test.
     */
    public static NetworkDef parseElement(Element root, NetworkParseOptions opts) {
        return NetworkParser.parse(root, opts);
    }

    /**
     * @param flags 0 or {@link #XML_INACTIVE}; inactive output leaves out live state: connection counts and the
     *     virtual functions listed under a {@code <pf>}
     */
    public static String format(NetworkDef def, int flags) {
        XmlWriter w = new XmlWriter(new StringBuilder(1024));
        NetworkFormatter.format(w, def, flags);
        return w.toString();
    }
}
