package org.jvirt.virsh.network;

import java.util.List;
import org.jvirt.Network;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.XmlFiles;
import org.jvirt.virsh.vsh.Invocation;

/** net-update NETWORK COMMAND SECTION XML [--parent-index N] [--config] [--live] [--current]. */
public final class NetUpdateCommand implements Command {

    /** virNetworkUpdateCommand by value; "add" is add-last. 0 ("none") is not accepted. */
    private static final List<String> COMMANDS = List.of("none", "modify", "delete", "add-last", "add-first");
    /** virNetworkUpdateSection by value; 0 ("none") is not accepted. */
    private static final List<String> SECTIONS = List.of("none", "bridge", "domain", "ip", "ip-dhcp-host",
            "ip-dhcp-range", "forward", "forward-interface", "forward-pf", "portgroup", "dns-host", "dns-txt", "dns-srv");

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "current", "live");
        Opts.exclusive(cmd, "current", "config");
        Network net = sh.network(cmd);
        if (net == null) {
            return false;
        }
        String commandName = cmd.string("command");
        int command = commandName.equals("add") ? 3 : COMMANDS.indexOf(commandName);
        if (command <= 0) {
            sh.error("unrecognized command name '" + commandName + "'");
            return false;
        }
        String sectionName = cmd.string("section");
        int section = SECTIONS.indexOf(sectionName);
        if (section <= 0) {
            sh.error("unrecognized section name '" + sectionName + "'");
            return false;
        }
        int parentIndex = cmd.intOpt("parent-index", -1);
        String xml = cmd.string("xml");
        // text that starts with '<' is the XML itself, anything else names a file holding it
        if (!xml.startsWith("<")) {
            xml = XmlFiles.read(xml);
        }
        boolean config = cmd.has("config");
        boolean live = cmd.has("live");
        int flags = (live ? 1 : 0) | (config ? 2 : 0);
        try {
            net.update(command, section, parentIndex, xml, flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to update network " + net.getName(), e);
        }
        String what;
        if (config) {
            what = live ? "persistent config and live state" : "persistent config";
        } else if (live || net.isActive()) {
            what = "live state";
        } else {
            what = "persistent config";
        }
        // virsh prints no newline of its own here: the one after every command ends the line
        sh.printExtra("Updated network " + net.getName() + " " + what);
        return true;
    }
}
