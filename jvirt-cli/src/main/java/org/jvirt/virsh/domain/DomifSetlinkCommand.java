package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * domif-setlink DOMAIN IFACE up|down [--config] [--print-xml]: the interface (by MAC or target device) with its
 * {@code <link state=>} changed, given to virDomainUpdateDeviceFlags, or printed as libxml2 dumps that node (the
 * original text of the element, a new link element last).
 */
public final class DomifSetlinkCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String iface = cmd.string("interface");
        String state = cmd.string("state");
        boolean config = cmd.has("config");
        if (!state.equalsIgnoreCase("up") && !state.equalsIgnoreCase("down")) {
            sh.error("invalid link state '" + state + "'");
            return false;
        }
        String xml = dom.getXMLDesc(config ? 2 : 0);
        String mac = DomifGetlinkCommand.normalizeMac(iface);
        String found = null;
        int at = 0;
        while (true) {
            int start = xml.indexOf("<interface ", at);
            if (start < 0) {
                break;
            }
            int end = xml.indexOf("</interface>", start) + "</interface>".length();
            String el = xml.substring(start, end);
            at = end;
            boolean match = mac != null ? el.contains("<mac address='" + mac + "'/>")
                    : el.contains("<target dev='" + iface + "'/>");
            if (match) {
                found = el;
                break;
            }
        }
        if (found == null) {
            sh.error("interface '" + iface + "' not found");
            return false;
        }
        String lower = state.toLowerCase(java.util.Locale.ROOT);
        String node = found.replace('\'', '"');
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("<link state=\"[^\"]*\"/>").matcher(node);
        if (m.find()) {
            node = m.replaceFirst("<link state=\"" + lower + "\"/>");
        } else {
            int close = node.lastIndexOf("</interface>");
            node = node.substring(0, close) + "<link state=\"" + lower + "\"/>" + node.substring(close);
        }
        if (cmd.has("print-xml")) {
            sh.print(node);
            return true;
        }
        int flags = config ? 2 : 1;
        if (!dom.isActive()) {
            flags = 2;
        }
        try {
            dom.updateDevice(node, flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to update interface link state", e);
        }
        sh.printExtra("Device updated successfully\n");
        return true;
    }
}
