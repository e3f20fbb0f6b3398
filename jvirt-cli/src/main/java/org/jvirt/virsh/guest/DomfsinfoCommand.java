package org.jvirt.virsh.guest;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.DomainFSInfo;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.Table;
import org.jvirt.virsh.vsh.Invocation;

/** domfsinfo DOMAIN: the guest's mounted filesystems and their disks. */
public final class DomfsinfoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        List<DomainFSInfo> infos;
        try {
            infos = dom.getFSInfo(0);
        } catch (VirtException e) {
            throw sh.fail("Unable to get filesystem information", e);
        }
        if (infos.isEmpty()) {
            return true;
        }
        Table t = new Table("Mountpoint", "Name", "Type", "Target");
        for (DomainFSInfo i : infos) {
            t.add(i.mountpoint(), i.name(), i.fstype(), String.join(",", i.devAliases()));
        }
        t.print(sh);
        return true;
    }
}
