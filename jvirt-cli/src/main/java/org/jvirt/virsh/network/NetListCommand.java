package org.jvirt.virsh.network;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jvirt.Network;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.Table;
import org.jvirt.virsh.vsh.Invocation;

/** net-list: table (default), or names / uuids one per line; sorted by name. */
public final class NetListCommand implements Command {

    /** By name; a class rather than a lambda, which would cost a one-shot jvirsh milliseconds to spin. */
    private static final Comparator<Network> BY_NAME = new Comparator<>() {
        @Override
        public int compare(Network a, Network b) {
            return a.getName().compareTo(b.getName());
        }
    };

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        // virConnectListAllNetworksFlags: INACTIVE 1, ACTIVE 2, PERSISTENT 4, TRANSIENT 8, AUTOSTART 16, NO_AUTOSTART 32
        int flags = 0;
        if (cmd.has("inactive")) {
            flags |= 1;
        }
        if (cmd.has("all")) {
            flags |= 1 | 2;
        }
        if ((flags & 3) == 0) {
            flags |= 2;
        }
        flags |= (cmd.has("persistent") ? 4 : 0) | (cmd.has("transient") ? 8 : 0)
                | (cmd.has("autostart") ? 16 : 0) | (cmd.has("no-autostart") ? 32 : 0);
        if ((cmd.has("table") ? 1 : 0) + (cmd.has("name") ? 1 : 0) + (cmd.has("uuid") ? 1 : 0) > 1) {
            throw new org.jvirt.virsh.vsh.OptionException(
                    "Only one argument from --table, --name and --uuid may be specified.");
        }
        boolean name = cmd.has("name");
        boolean uuid = cmd.has("uuid");
        List<Network> nets;
        try {
            nets = new ArrayList<>(sh.conn().listAllNetworks(flags));
        } catch (VirtException e) {
            throw sh.fail("Failed to list networks", e);
        }
        nets.sort(BY_NAME);
        if (!name && !uuid) {
            Table t = new Table("Name", "State", "Autostart", "Persistent");
            for (Network n : nets) {
                t.add(n.getName(), n.isActive() ? "active" : "inactive", n.getAutostart() ? "yes" : "no",
                        n.isPersistent() ? "yes" : "no");
            }
            t.print(sh);
            return true;
        }
        StringBuilder b = new StringBuilder();
        for (Network n : nets) {
            if (uuid && name) {
                b.append(n.getUUIDString()).append(' ').append(n.getName());
            } else {
                b.append(uuid ? n.getUUIDString() : n.getName());
            }
            b.append('\n');
        }
        sh.print(b.toString());
        return true;
    }
}
