package org.jvirt.virsh.iface;

import java.util.List;
import org.jvirt.Interface;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * iface-unbridge BRIDGE [--no-start]: the bridge's one attached interface is defined on its own again (taking
 * the bridge's other settings) and the bridge is removed. On libvirt's test driver it ends at the inactive
 * XML, which that driver refuses.
 */
public final class IfaceUnbridgeCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Interface bridge = Ifaces.lookup(sh, cmd, "bridge", Ifaces.BYNAME);
        if (bridge == null) {
            return false;
        }
        boolean noStart = cmd.has("no-start");
        String brName = bridge.getName();
        String xml = bridge.getXMLDesc(1);
        Document doc = IfaceDocs.parse(sh, xml, brName);
        if (doc == null) {
            return false;
        }
        Element top = doc.getDocumentElement();
        if (!"bridge".equals(top.getAttribute("type"))) {
            sh.error("Interface " + brName + " is not a bridge");
            return false;
        }
        if (!brName.equals(top.getAttribute("name"))) {
            sh.error("Interface name from config " + top.getAttribute("name")
                    + " doesn't match given supplied name " + brName);
            return false;
        }
        Element br = org.jvirt.virsh.iface.IfaceDocs.child(top, "bridge");
        List<Element> attached = br == null ? List.of() : IfaceDocs.children(br, "interface");
        if (attached.isEmpty()) {
            sh.error("No interface attached to bridge " + brName);
            return false;
        }
        if (attached.size() > 1) {
            sh.error("Multiple interfaces attached to bridge " + brName);
            return false;
        }
        Element inner = attached.get(0);
        String ifName = inner.getAttribute("name");
        top.setAttribute("type", inner.getAttribute("type"));
        top.setAttribute("name", ifName);
        top.removeChild(br);
        for (Node n = inner.getFirstChild(); n != null;) {
            Node next = n.getNextSibling();
            if (n instanceof Element) {
                top.appendChild(inner.removeChild(n));
            }
            n = next;
        }
        try {
            bridge.undefine();
        } catch (VirtException e) {
            throw sh.fail("Failed to delete bridge interface " + brName, e);
        }
        Interface made;
        try {
            made = sh.conn().interfaceDefineXML(IfaceDocs.format(doc), 0);
        } catch (VirtException e) {
            throw sh.fail("Failed to define new interface " + ifName, e);
        }
        sh.printExtra("Device " + ifName + " un-attached from bridge " + brName + "\n");
        if (!noStart) {
            try {
                made.create(0);
            } catch (VirtException e) {
                throw sh.fail("Failed to start interface " + ifName, e);
            }
            sh.printExtra("Interface " + ifName + " started\n");
        }
        return true;
    }
}
