package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** domdisplay [--type T] [--include-password] [--all]: URIs of the graphics listeners. */
public final class DomdisplayCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        if (!dom.isActive()) {
            sh.error("Domain is not running");
            return false;
        }
        String type = cmd.string("type");
        int flags = cmd.has("include-password") ? 1 : 0;
        org.w3c.dom.Element devices = Xml.child(Xml.parse(dom.getXMLDesc(flags)), "devices");
        StringBuilder out = new StringBuilder();
        for (org.w3c.dom.Element g : Xml.children(devices, "graphics")) {
            String t = g.getAttribute("type");
            if (type != null && !type.equals(t)) {
                continue;
            }
            String port = Xml.attr(g, "port");
            if (port == null || port.equals("-1")) {
                continue;
            }
            String listen = Xml.attr(g, "listen");
            if (listen == null || listen.equals("0.0.0.0") || listen.equals("::")) {
                listen = "localhost";
            }
            int p = Integer.parseInt(port);
            if (t.equals("vnc")) {
                out.append("vnc://").append(listen).append(":").append(p - 5900).append("\n");
            } else {
                out.append(t).append("://").append(listen).append(":").append(p).append("\n");
            }
            if (!cmd.has("all")) {
                break;
            }
        }
        if (out.isEmpty()) {
            sh.error(type == null ? "No graphical display found" : "No graphical display with type '" + type + "' found");
            return false;
        }
        sh.print(out.toString());
        return true;
    }
}
