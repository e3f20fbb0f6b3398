package org.jvirt.driver.test;

import org.jvirt.conf.network.NetworkDef;
import org.jvirt.conf.network.NetworkParseOptions;
import org.jvirt.conf.network.NetworkXml;

/** Network XML for the test driver, through jvirt-conf's NetworkXml facade. */
final class TestNetworks {

    /** What the network list holds: the parsed definition. */
    record Net(NetworkDef def) {
        String bridge() {
            return def.bridge() == null ? null : def.bridge().name();
        }
    }

    private TestNetworks() {
    }

    /** A {@code <network>} element of a node file, parsed in place (libvirt's virNetworkDefParseNode). */
    static Net parseElement(org.w3c.dom.Element e) {
        return new Net(NetworkXml.parseElement(e, NetworkParseOptions.defaults()));
    }

    static Net parse(String xml) {
        return parse(xml, false);
    }

    /** With {@code validate} (VIR_NETWORK_DEFINE_VALIDATE / CREATE_VALIDATE) checked against network.rng first. */
    static Net parse(String xml, boolean validate) {
        return new Net(NetworkXml.parse(xml, NetworkParseOptions.defaults().withValidateSchema(validate)));
    }

    static String format(Net net) {
        return NetworkXml.format(net.def(), 0);
    }
}
