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

/** domiflist [--inactive]. */
public final class DomiflistCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        Element devices = Xml.child(Xml.parse(dom.getXMLDesc(cmd.has("inactive") ? 2 : 0)), "devices");
        Table t = new Table("Interface", "Type", "Source", "Model", "MAC");
        for (Element nic : Xml.children(devices, "interface")) {
            String type = nic.getAttribute("type");
            Element src = Xml.child(nic, "source");
            String source = null;
            for (String a : new String[] {"bridge", "dev", "network", "name", "path"}) {
                if (source == null) {
                    source = Xml.attr(src, a);
                }
            }
            String target = Xml.attr(Xml.child(nic, "target"), "dev");
            String model = Xml.attr(Xml.child(nic, "model"), "type");
            String mac = Xml.attr(Xml.child(nic, "mac"), "address");
            t.add(target == null ? "-" : target, type, source == null ? "-" : source, model == null ? "-" : model,
                    mac == null ? "-" : mac);
        }
        t.print(sh);
        return true;
    }
}
