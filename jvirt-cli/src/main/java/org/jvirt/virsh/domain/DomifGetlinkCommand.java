package org.jvirt.virsh.domain;

import java.util.ArrayList;
import java.util.List;
import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.w3c.dom.Element;

/** domif-getlink DOMAIN IFACE [--config]: the link state of the interface with that MAC or target device. */
public final class DomifGetlinkCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        String iface = cmd.string("interface");
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        Element devices = Xml.child(Xml.parse(dom.getXMLDesc(cmd.has("config") ? 2 : 0)), "devices");
        String mac = normalizeMac(iface);
        List<Element> found = new ArrayList<>();
        for (Element nic : Xml.children(devices, "interface")) {
            boolean macMatch = false;
            for (Element m : Xml.children(nic, "mac")) {
                macMatch |= m.hasAttribute("address") && m.getAttribute("address").equals(mac == null ? "" : mac);
            }
            boolean devMatch = false;
            for (Element t : Xml.children(nic, "target")) {
                devMatch |= t.hasAttribute("dev") && t.getAttribute("dev").equals(iface);
            }
            if (macMatch || devMatch) {
                found.add(nic);
            }
        }
        if (found.isEmpty()) {
            sh.error(mac != null ? "Interface (mac: " + mac + ") not found." : "Interface (dev: " + iface + ") not found.");
            return false;
        }
        if (found.size() > 1) {
            sh.error("multiple matching interfaces found");
            return false;
        }
        String state = Xml.attr(Xml.child(found.get(0), "link"), "state");
        sh.print(iface + " " + (state == null || state.isEmpty() ? "up" : state));
        return true;
    }

    /** virMacAddrParse + virMacAddrFormat: "AA:b:..." to "aa:0b:...", or null when not a MAC address. */
    static String normalizeMac(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        for (int part = 0; part < 6; part++) {
            int start = i;
            while (i < s.length() && Character.digit(s.charAt(i), 16) >= 0 && s.charAt(i) < 128) {
                i++;
            }
            int len = i - start;
            if (len < 1 || len > 2) {
                return null;
            }
            if (part > 0) {
                out.append(':');
            }
            out.append(String.format("%02x", Integer.parseInt(s.substring(start, i), 16)));
            if (part == 5) {
                return i >= s.length() || s.charAt(i) <= ' ' ? out.toString() : null;
            }
            if (i >= s.length() || s.charAt(i) != ':') {
                return null;
            }
            i++;
        }
        return null;
    }
}
