package org.jvirt.virsh.network;

import java.util.List;
import org.jvirt.Network;
import org.jvirt.NetworkDHCPLease;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** net-dhcp-leases NETWORK [--mac M]: the network's DHCP leases (the test driver has none to give). */
public final class NetDhcpLeasesCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Network net = sh.network(cmd);
        if (net == null) {
            return false;
        }
        List<NetworkDHCPLease> leases;
        try {
            leases = net.getDHCPLeases(cmd.string("mac"), 0);
        } catch (VirtException e) {
            throw sh.fail("Failed to get leases info for " + net.getName(), e);
        }
        StringBuilder b = new StringBuilder(String.format(" %-20s %-18s %-9s %-25s %-15s %s%n", "Expiry Time",
                "MAC address", "Protocol", "IP address", "Hostname", "Client ID or DUID"));
        b.append("-".repeat(115)).append('\n');
        for (NetworkDHCPLease l : leases) {
            String when = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .format(java.time.LocalDateTime.ofEpochSecond(l.expiryTime(), 0,
                            java.time.ZoneId.systemDefault().getRules().getOffset(java.time.Instant.ofEpochSecond(l.expiryTime()))));
            b.append(String.format(" %-20s %-18s %-9s %-25s %-15s %s%n", when, l.mac() == null ? "" : l.mac(),
                    l.type() == 0 ? "ipv4" : "ipv6", l.ipaddr() + "/" + l.prefix(),
                    l.hostname() == null ? "-" : l.hostname(), l.clientid() == null ? "-" : l.clientid()));
        }
        sh.print(b.append('\n').toString());
        return true;
    }
}
