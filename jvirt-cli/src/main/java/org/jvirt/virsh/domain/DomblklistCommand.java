package org.jvirt.virsh.domain;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.TypedParameter;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.Table;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;
import org.w3c.dom.Element;

/** domblklist [--inactive] [--details]. */
public final class DomblklistCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        boolean details = cmd.has("details");
        Element devices = Xml.child(Xml.parse(dom.getXMLDesc(cmd.has("inactive") ? 2 : 0)), "devices");
        Table t = details ? new Table("Type", "Device", "Target", "Source") : new Table("Target", "Source");
        for (Element disk : Xml.children(devices, "disk")) {
            String target = Xml.attr(Xml.child(disk, "target"), "dev");
            Element src = Xml.child(disk, "source");
            String source = null;
            for (String a : new String[] {"file", "dev", "dir", "name", "volume"}) {
                if (source == null) {
                    source = Xml.attr(src, a);
                }
            }
            if (source == null) {
                source = "-";
            }
            if (details) {
                t.add(disk.getAttribute("type"), disk.hasAttribute("device") ? disk.getAttribute("device") : "disk",
                        target, source);
            } else {
                t.add(target, source);
            }
        }
        t.print(sh);
        return true;
    }
}
