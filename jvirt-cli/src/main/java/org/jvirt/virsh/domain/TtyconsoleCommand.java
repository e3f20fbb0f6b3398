package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** ttyconsole: the tty of the first console device; fails silently when there is none, as virsh does. */
public final class TtyconsoleCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        org.w3c.dom.Element devices = Xml.child(Xml.parse(dom.getXMLDesc(0)), "devices");
        String tty = Xml.attr(Xml.child(devices, "console"), "tty");
        if (tty == null || tty.isEmpty()) {
            return false;
        }
        sh.print(tty + "\n");
        return true;
    }
}
