package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** detach-device-alias DOMAIN ALIAS [--config] [--live] [--current]: virDomainDetachDeviceAlias. */
public final class DetachDeviceAliasCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = Opts.impact(cmd);
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String alias = cmd.string("alias");
        try {
            dom.detachDeviceAlias(alias, flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to detach device with alias " + alias, e);
        }
        sh.printExtra("Device detach request sent successfully\n");
        return true;
    }
}
