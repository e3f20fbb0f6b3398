package org.jvirt.driver.qemu.net;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.InterfaceDef;
import org.jvirt.core.Rollback;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The host side of a domain's NICs before QEMU starts, and its removal after QEMU stopped (libvirt's
 * qemuInterfaceBridgeConnect / qemuInterfaceEthernetConnect and the tap part of qemuProcessStop).
 * <ul>
 * <li>{@code bridge}: a tap (the {@code <target dev>} or the first free vnetN), MAC = the guest's with the first
 * byte 0xFE (so the bridge never takes the guest's address as its own), MTU of the bridge, port of the bridge,
 * up. A missing bridge fails as in libvirt: "Cannot get interface MTU on 'br0': No such device".</li>
 * <li>{@code ethernet}: a tap as above but on no bridge, up, then the optional {@code <script path>} run
 * directly with the tap name as its only argument.</li>
 * <li>{@code network}: needs the network driver, which does not exist yet: "no network with matching name".</li>
 * </ul>
 * QEMU then opens the persistent taps by name (see the command builder's NetProps). Each tap is registered in
 * the start's {@link Rollback} the moment it exists; {@link #disconnect} removes the taps the live XML names.
 */
public final class QemuInterfaces {

    private static final QemuInterfaces SYSTEM = new QemuInterfaces(new LinuxNetHost());
    private static final System.Logger LOG = System.getLogger(QemuInterfaces.class.getName());
    static final String VNET = "vnet";
    /** Names tried before giving up (libvirt stops at its own maximum index as well). */
    private static final int MAX_TRIES = 4096;

    private final NetHost host;
    /** libvirt numbers generated taps upwards for the life of the daemon and skips names in use. */
    private int lastVnet = -1;

    QemuInterfaces(NetHost host) {
        this.host = host;
    }

    /** The instance acting on this host (the JVM's network namespace). */
    public static QemuInterfaces system() {
        return SYSTEM;
    }

    /**
     * Sets up the host side of every tap NIC of {@code def} and returns {@code def} with the tap names as
     * {@code <target dev>} (what the command builder and the live XML need). Nothing is done for user, mcast,
     * server, client and udp NICs. Every side effect is registered in {@code rb}.
     */
    public DomainDef connect(DomainDef def, Rollback rb) {
        List<InterfaceDef> nets = def.devices().interfaces();
        // refusals first, before any tap exists (libvirt resolves networks while preparing the domain)
        for (InterfaceDef n : nets) {
            if ("network".equals(n.type())) {
                throw VirtException.of(ErrorCode.NO_NETWORK, ErrorDomain.NETWORK, "no network with matching name '%s'", n.network());
            }
            if (("bridge".equals(n.type()) || "ethernet".equals(n.type())) && n.mac() != null && n.mac().startsWith("fe:")) {
                throw VirtException.of(ErrorCode.CONFIG_UNSUPPORTED, ErrorDomain.NONE,
                        "Unable to use MAC address starting with reserved value 0xFE - '%s' - ", n.mac());
            }
        }
        List<InterfaceDef> out = new ArrayList<>(nets.size());
        boolean changed = false;
        for (InterfaceDef n : nets) {
            InterfaceDef c = switch (n.type()) {
                case "bridge" -> bridge(n, rb);
                case "ethernet" -> ethernet(n, rb);
                default -> n;
            };
            changed |= c != n;
            out.add(c);
        }
        return changed ? def.withDevices(def.devices().withInterfaces(out)) : def;
    }

    /**
     * Removes the taps of a stopped domain: every bridge/ethernet/network NIC of its live XML that names one.
     * Best effort (a tap someone else removed is not an error worth failing a stop for), as in libvirt.
     */
    public void disconnect(DomainDef live) {
        for (InterfaceDef n : live.devices().interfaces()) {
            if (n.ifname() != null && ("bridge".equals(n.type()) || "ethernet".equals(n.type()) || "network".equals(n.type()))) {
                try {
                    host.deleteTap(n.ifname());
                } catch (VirtException e) {
                    LOG.log(System.Logger.Level.WARNING, "cannot remove tap " + n.ifname() + ": " + e.getMessage());
                }
            }
        }
    }

    private InterfaceDef bridge(InterfaceDef n, Rollback rb) {
        String tap = createTap(n, rb);
        host.setMac(tap, tapMac(n.mac()));
        // before joining: the bridge adopts the smallest MTU of its ports
        host.setMtu(tap, host.mtu(n.bridge()));
        host.addBridgePort(n.bridge(), tap);
        host.setOnline(tap);
        return n.withIfname(tap);
    }

    private InterfaceDef ethernet(InterfaceDef n, Rollback rb) {
        String tap = createTap(n, rb);
        host.setMac(tap, tapMac(n.mac()));
        host.setOnline(tap);
        if (n.script() != null) {
            host.runScript(n.script(), tap);
        }
        return n.withIfname(tap);
    }

    /** The configured name (adopted if it exists, as libvirt does), else the next free vnetN, claimed atomically. */
    private String createTap(InterfaceDef n, Rollback rb) {
        String name = n.ifname();
        if (name != null) {
            host.createTap(name, false);
        } else {
            name = claimVnet();
        }
        String made = name;
        rb.add("remove tap " + made, () -> host.deleteTap(made));
        return made;
    }

    private String claimVnet() {
        synchronized (this) {
            for (int i = 0; i < MAX_TRIES; i++) {
                lastVnet = lastVnet == Integer.MAX_VALUE ? 0 : lastVnet + 1;
                String name = VNET + lastVnet;
                if (host.createTap(name, true)) {
                    return name;
                }
            }
        }
        throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NONE, "Failed to generate new name for interface %s%%d", VNET);
    }

    /** The tap's MAC: the guest's with the first byte replaced by 0xFE. */
    static String tapMac(String guestMac) {
        return "fe" + guestMac.substring(2);
    }
}
