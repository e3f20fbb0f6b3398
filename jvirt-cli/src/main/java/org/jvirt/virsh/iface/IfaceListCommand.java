package org.jvirt.virsh.iface;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jvirt.Interface;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.Table;
import org.jvirt.virsh.vsh.Invocation;

/** iface-list [--inactive | --all]: name, state and MAC, sorted by name ignoring case (virshInterfaceSorter). */
public final class IfaceListCommand implements Command {

    private static final Comparator<Interface> BY_NAME = new Comparator<>() {
        @Override
        public int compare(Interface a, Interface b) {
            return a.getName().compareToIgnoreCase(b.getName());
        }
    };

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "all", "inactive");
        // virConnectListAllInterfacesFlags: INACTIVE 1, ACTIVE 2
        int flags = cmd.has("all") ? 3 : cmd.has("inactive") ? 1 : 2;
        List<Interface> list;
        try {
            list = new ArrayList<>(sh.conn().listAllInterfaces(flags));
        } catch (VirtException e) {
            throw sh.fail("Failed to list interfaces", e);
        }
        list.sort(BY_NAME);
        Table t = new Table("Name", "State", "MAC Address");
        for (Interface i : list) {
            t.add(i.getName(), i.isActive() ? "active" : "inactive", i.getMACString() == null ? "" : i.getMACString());
        }
        t.print(sh);
        return true;
    }
}
