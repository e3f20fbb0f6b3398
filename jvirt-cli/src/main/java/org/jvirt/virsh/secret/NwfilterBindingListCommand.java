package org.jvirt.virsh.secret;

import java.util.List;
import org.jvirt.NWFilterBinding;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nwfilter-binding-list. */
public final class NwfilterBindingListCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        List<NWFilterBinding> bindings;
        try {
            bindings = sh.conn().listAllNWFilterBindings(0);
        } catch (VirtException e) {
            throw sh.fail("Failed to list network filter bindings", e);
        }
        StringBuilder b = new StringBuilder(String.format(" %-20s  %-20s %n", "Port Dev", "Filter"));
        b.append("-".repeat(64)).append('\n');
        for (NWFilterBinding x : bindings) {
            b.append(String.format(" %-20s  %-20s%n", x.getPortDev(), x.getFilterName()));
        }
        sh.print(b.append('\n').toString());
        return true;
    }
}
