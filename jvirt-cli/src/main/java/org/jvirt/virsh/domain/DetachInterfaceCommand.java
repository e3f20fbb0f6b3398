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
        int both = cmd.has("persistent") ? 2 | (dom.isActive() ? 1 : 0) : flags;
        if (cmd.has("print-xml") && (both & 3) == 3) {
            // both definitions: virsh looks the interface up (and prints it) in the config, then in the live one
            String first = find(sh, cmd, dom.getXMLDesc(2));
            if (first == null) {
                return false;
            }
            String second = find(sh, cmd, dom.getXMLDesc(0));
            if (second == null) {
                return false;
            }
            sh.print(first + second);
            return true;
        }
        String dev = find(sh, cmd, dom.getXMLDesc(cmd.has("config") ? 2 : 0));
        if (dev == null) {
            return false;
        }
        if (cmd.has("print-xml")) {
            sh.print(dev);
            return true;
        }
        return DeviceCommands.apply(sh, cmd, dom, flags, dev, false, "interface", "Interface");
    }

    /** The interface of that type (and MAC) in one definition, as virsh dumps it; null after reporting why not. */
    private static String find(Shell sh, Invocation cmd, String xml) {
        String type = cmd.string("type");
        String mac = cmd.string("mac");
        List<DeviceNodes.Node> nets = DeviceNodes.devices(xml, "interface").stream()
                .filter(n -> type.equals(n.attr("type"))).toList();
        if (nets.isEmpty()) {
            sh.error("No interface found whose type is " + type);
            sh.error("Failed to detach interface");
            return null;
        }
        if (mac == null) {
            if (nets.size() > 1) {
                sh.error("Domain has " + nets.size() + " interfaces. Please specify which one to detach using --mac");
                return null;
            }
            return nets.getFirst().dump();
        }
        for (DeviceNodes.Node n : nets) {
            if (mac.equalsIgnoreCase(n.childAttr("mac", "address"))) {
                return n.dump();
            }
        }
        sh.error("No interface with MAC address " + mac + " was found");
        sh.error("Failed to detach interface");
        return null;
    }
}
