package org.jvirt.virsh.secret;

import java.util.List;
import org.jvirt.NWFilter;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nwfilter-list: virConnectListAllNWFilters, falling back to the count-and-list calls (virshNWFilterListCollect). */
public final class NwfilterListCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        List<NWFilter> filters;
        try {
            filters = sh.conn().listAllNWFilters(0);
        } catch (VirtException e) {
            if (e.code() != ErrorCode.NO_SUPPORT) {
                throw sh.fail("Failed to list network filters", e);
            }
            try {
                sh.conn().numOfNWFilters();
            } catch (VirtException e2) {
                throw sh.fail("Failed to count network filters", e2);
            }
            throw sh.fail("Failed to list network filters", e);
        }
        StringBuilder b = new StringBuilder(String.format(" %-36s  %-20s %n", "UUID", "Name"));
        b.append("-".repeat(78)).append('\n');
        for (NWFilter f : filters) {
            b.append(String.format(" %-36s  %-20s%n", f.getUUID(), f.getName()));
        }
        sh.print(b.append('\n').toString());
        return true;
    }
}
