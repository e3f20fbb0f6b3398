package org.jvirt.driver.qemu.command;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.jvirt.conf.domain.InterfaceDef;

/**
 * One NIC: the -netdev (host side) and the -device (guest side), as libvirt 9.0 builds them for QEMU 7.2.
 * <p>
 * Tap backends (types network, bridge, ethernet) differ from libvirt on purpose: libvirt opens the tap itself
 * and passes its fd, which a JVM cannot hand to a child process; jvirt creates a persistent tap named by
 * {@code <target dev>} before starting QEMU and lets QEMU attach to it by name, never running a script.
 */
final class NetProps {

    private NetProps() {
    }

    /** -netdev and -device for interface number {@code n} (its aliases are hostnetN / netN). */
    static List<String> of(InterfaceDef net, int n, int bootIndex, String pciAddr) {
        List<ObjectNode> p = props(net, n, bootIndex, pciAddr);
        return List.of("-netdev", QemuOptions.json(p.get(0)), "-device", QemuOptions.json(p.get(1)));
    }

    /** The netdev and device properties (the same for -netdev/-device and for netdev_add/device_add). */
    static List<ObjectNode> props(InterfaceDef net, int n, int bootIndex, String pciAddr) {
        ObjectNode netdev = QemuOptions.props();
        switch (net.type()) {
            case "user" -> netdev.put("type", "user");
            case "network", "bridge", "ethernet" -> {
                if (net.ifname() == null) {
                    throw new IllegalArgumentException("interface " + n + " has no tap name: the driver assigns one before building");
                }
                netdev.put("type", "tap").put("ifname", net.ifname()).put("script", "no").put("downscript", "no");
            }
            case "mcast" -> netdev.put("type", "socket").put("mcast", hostPort(net.sourceAddress(), net.sourcePort()));
            case "server" -> netdev.put("type", "socket").put("listen", hostPort(net.sourceAddress(), net.sourcePort()));
            case "client" -> netdev.put("type", "socket").put("connect", hostPort(net.sourceAddress(), net.sourcePort()));
            case "udp" -> netdev.put("type", "socket").put("udp", hostPort(net.sourceAddress(), net.sourcePort()))
                    .put("localaddr", hostPort(net.localAddress(), net.localPort()));
            default -> throw QemuOptions.unsupported("interface type '%s' is not supported", net.type());
        }
        String id = net.alias() != null ? net.alias() : "net" + n;
        netdev.put("id", "host" + id); // libvirt names the backend after the device: hostnet0, hostua-x

        ObjectNode dev = QemuOptions.props().put("driver", model(net.model())).put("netdev", "host" + id)
                .put("id", id).put("mac", net.mac());
        if (bootIndex > 0) {
            dev.put("bootindex", bootIndex);
        }
        dev.put("bus", "pci.0").put("addr", pciAddr);
        return List.of(netdev, dev);
    }

    private static String model(String model) {
        if (model == null) {
            return "rtl8139"; // libvirt's default NIC model for i440fx machines
        }
        return switch (model) {
            case "virtio" -> "virtio-net-pci";
            case "e1000", "rtl8139", "e1000e", "ne2k_pci", "pcnet" -> model;
            default -> throw QemuOptions.unsupported("interface model '%s' is not supported", model);
        };
    }

    private static String hostPort(String host, String port) {
        return (host == null ? "" : host) + ":" + port;
    }
}
