package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.w3c.dom.Element;

/** vncdisplay: ":N" or "ADDR:N" of the first VNC listener (N = port - 5900). */
public final class VncdisplayCommand implements Command {

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
        Element vnc = null;
        for (Element g : Xml.children(Xml.child(Xml.parse(dom.getXMLDesc(0)), "devices"), "graphics")) {
            if (g.getAttribute("type").equals("vnc")) {
                vnc = g;
                break;
            }
        }
        Integer port = null;
        String p = Xml.attr(vnc, "port");
        if (p != null) {
            try {
                port = Integer.parseInt(p.strip());
            } catch (NumberFormatException e) {
                port = null;
            }
        }
        if (port == null) {
            sh.error("Failed to get VNC port. Is this domain using VNC?");
            return false;
        }
        String listen = Xml.attr(vnc, "listen");
        if (listen == null || listen.isEmpty()) {
            listen = null;
            for (Element l : Xml.children(vnc, "listen")) {
                listen = Xml.attr(l, "address");
                break;
            }
        }
        if (listen == null || listen.isEmpty() || listen.equals("0.0.0.0")) {
            sh.print(":" + (port - 5900) + "\n");
        } else {
            sh.print(listen + ":" + (port - 5900) + "\n");
        }
        return true;
    }
}
