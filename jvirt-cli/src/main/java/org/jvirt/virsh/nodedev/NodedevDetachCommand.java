package org.jvirt.virsh.nodedev;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** nodedev-detach DEVICE [--driver NAME]: virNodeDeviceDetachFlags with a driver, else virNodeDeviceDettach. */
public final class NodedevDetachCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String driver = cmd.string("driver");
        return NodeDevs.act(sh, cmd, false, d -> {
            if (driver != null) {
                d.detachFlags(driver, 0);
            } else {
                d.dettach();
            }
        }, "Device %s detached\n", "Failed to detach device %s");
    }
}
