package org.jvirt.driver.test;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import org.jvirt.conf.iface.InterfaceDef;
import org.jvirt.conf.iface.InterfaceXml;

/**
 * The host interfaces of one test driver (libvirt's virInterfaceObjList plus the driver's transaction state).
 * One lock guards the list and the transaction, as libvirt's driver lock does.
 */
final class TestInterfaces {

    /** One interface: its definition and whether it is up. */
    static final class Iface {
        InterfaceDef def;
        boolean active;

        Iface(InterfaceDef def) {
            this.def = def;
        }
    }

    final ReentrantLock lock = new ReentrantLock();
    /** By name, in the order they were defined. */
    Map<String, Iface> byName = new LinkedHashMap<>();
    /** The list saved by interfaceChangeBegin; null when no transaction runs. */
    Map<String, Iface> backup;

    /** The default node's eth1 (defaultConnXML), active. */
    static final String DEFAULT_XML = """
            <interface type="ethernet" name="eth1">
              <start mode="onboot"/>
              <mac address="aa:bb:cc:dd:ee:ff"/>
              <mtu size="1492"/>
              <protocol family="ipv4">
                <ip address="192.168.0.5" prefix="24"/>
                <route gateway="192.168.0.1"/>
              </protocol>
            </interface>
            """;

    /**
     * {@link #DEFAULT_XML} as the record parsing it yields, so opening test:///default still parses no XML
     * (TestInterfacesTest checks the two agree).
     */
    static InterfaceDef defaultEth1() {
        InterfaceDef.Protocol v4 = new InterfaceDef.Protocol("ipv4", false, false, -1,
                List.of(new InterfaceDef.Ip("192.168.0.5", 24)), "192.168.0.1");
        return new InterfaceDef(org.jvirt.conf.iface.InterfaceType.ETHERNET, "eth1", "onboot", 1492, List.of(v4), null,
                "aa:bb:cc:dd:ee:ff", null, null, null);
    }

    /** virInterfaceObjListAssignDef: a new name is added inactive, a known one gets the new definition. */
    Iface assign(InterfaceDef def) {
        Iface i = byName.get(def.name());
        if (i != null) {
            i.def = def;
            return i;
        }
        i = new Iface(def);
        byName.put(def.name(), i);
        return i;
    }

    /** Adds an interface of the node file or the default node: defined and active (testParseInterfaces). */
    void addNode(InterfaceDef def) {
        lock.lock();
        try {
            assign(def).active = true;
        } finally {
            lock.unlock();
        }
    }

    /**
     * virInterfaceObjListClone: every definition copied (formatted and parsed again, as libvirt does) into new,
     * inactive objects, which is why a rollback leaves every interface down.
     */
    Map<String, Iface> cloneInactive() {
        Map<String, Iface> copy = new LinkedHashMap<>();
        for (Iface i : byName.values()) {
            copy.put(i.def.name(), new Iface(InterfaceXml.parse(InterfaceXml.format(i.def))));
        }
        return copy;
    }

    List<Iface> all() {
        return new ArrayList<>(byName.values());
    }
}
