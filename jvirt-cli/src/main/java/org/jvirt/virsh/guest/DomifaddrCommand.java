package org.jvirt.virsh.guest;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.DomainInterface;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** domifaddr DOMAIN [--interface NAME] [--full] [--source lease|agent|arp]. */
public final class DomifaddrCommand implements Command {

    private static final List<String> SOURCES = List.of("lease", "agent", "arp");

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String only = cmd.string("interface");
        boolean full = cmd.has("full");
        String src = cmd.string("source");
        int source = 0;
        if (src != null) {
            source = SOURCES.indexOf(src);
            if (source < 0) {
                sh.error("Unknown data source '" + src + "'");
                return false;
            }
        }
        List<DomainInterface> ifaces;
        try {
            ifaces = dom.interfaceAddresses(source, 0);
        } catch (VirtException e) {
            throw sh.fail("Failed to query for interfaces addresses", e);
        }
        sh.printExtra(String.format(" %-10s %-20s %-8s     %s\n%s%s\n", "Name", "MAC address", "Protocol", "Address",
                "-------------------------------------------------", "------------------------------"));
        for (DomainInterface i : ifaces) {
            if (only != null && !only.equals(i.name())) {
                continue;
            }
            String mac = i.hwaddr() == null ? "N/A" : i.hwaddr();
            if (i.addrs().isEmpty()) {
                sh.printf(" %-10s %-17s    %-12s %s\n", i.name(), mac, "N/A", "N/A");
                continue;
            }
            for (int j = 0; j < i.addrs().size(); j++) {
                DomainInterface.Address a = i.addrs().get(j);
                String type = a.type() == 0 ? "ipv4" : a.type() == 1 ? "ipv6" : "";
                String addr = a.addr() + "/" + a.prefix();
                if (j == 0 || full) {
                    sh.printf(" %-10s %-17s    %-12s %s\n", i.name(), mac, type, addr);
                } else {
                    sh.printf(" %-10s %-17s    %-12s %s\n", "-", "-", type, addr);
                }
            }
        }
        return true;
    }
}
