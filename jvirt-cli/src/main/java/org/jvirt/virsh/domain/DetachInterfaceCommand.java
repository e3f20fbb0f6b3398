package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * detach-interface DOMAIN TYPE [--mac MAC]: the interface of that type (the one with that MAC when several)
 * from the domain's XML, detached.
 */
public final class DetachInterfaceCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = DeviceCommands.flags(cmd);
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String type = cmd.string("type");
        String mac = cmd.string("mac");
        String xml = dom.getXMLDesc(cmd.has("config") ? 2 : 0);
        List<DeviceNodes.Node> nets = DeviceNodes.devices(xml, "interface").stream()
                .filter(n -> type.equals(n.attr("type"))).toList();
        if (nets.isEmpty()) {
            sh.error("No interface found whose type is " + type);
            sh.error("Failed to detach interface");
            return false;
        }
        DeviceNodes.Node found = null;
        if (mac == null) {
            if (nets.size() > 1) {
                sh.error("Domain has " + nets.size() + " interfaces. Please specify which one to detach using --mac");
                return false;
            }
            found = nets.getFirst();
        } else {
            for (DeviceNodes.Node n : nets) {
                if (mac.equalsIgnoreCase(n.childAttr("mac", "address"))) {
                    found = n;
                    break;
                }
            }
            if (found == null) {
                sh.error("No interface with MAC address " + mac + " was found");
                sh.error("Failed to detach interface");
                return false;
            }
        }
        String dev = found.dump();
        if (cmd.has("print-xml")) {
            sh.print(dev);
            return true;
        }
        return DeviceCommands.apply(sh, cmd, dom, flags, dev, false, "interface");
    }
}
