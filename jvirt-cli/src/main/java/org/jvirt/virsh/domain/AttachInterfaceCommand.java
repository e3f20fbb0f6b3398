package org.jvirt.virsh.domain;

import static org.jvirt.virsh.domain.DeviceCommands.esc;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/**
 * attach-interface DOMAIN TYPE SOURCE [options]: the {@code <interface>} virsh 9.0's cmdAttachInterface builds
 * (network, bridge, direct, hostdev), printed with --print-xml or attached.
 */
public final class AttachInterfaceCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = DeviceCommands.flags(cmd);
        String xml = xml(cmd);
        if (cmd.has("print-xml")) {
            sh.print(xml);
            return true;
        }
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        return DeviceCommands.apply(sh, cmd, dom, flags, xml, true, "interface");
    }

    static String xml(Invocation cmd) {
        String type = cmd.string("type");
        String source = cmd.string("source");
        String mode = cmd.string("source-mode");
        if (mode != null && !mode.equals("server") && !mode.equals("client")) {
            throw new OptionException("Invalid source mode: " + mode);
        }
        String src = switch (type) {
            case "network" -> "  <source network='" + esc(source) + "'/>\n";
            case "bridge" -> "  <source bridge='" + esc(source) + "'/>\n";
            case "direct" -> "  <source dev='" + esc(source) + "'/>\n";
            case "hostdev" -> "  <source>\n    " + pci(source) + "\n  </source>\n";
            default -> throw new OptionException("No support for " + type + " in command 'attach-interface'");
        };
        StringBuilder b = new StringBuilder("<interface type='").append(esc(type)).append('\'');
        if (cmd.has("managed")) {
            b.append(" managed='yes'");
        }
        b.append(">\n").append(src);
        line(b, "target", "dev", cmd.string("target"));
        line(b, "mac", "address", cmd.string("mac"));
        line(b, "script", "path", cmd.string("script"));
        line(b, "model", "type", cmd.string("model"));
        line(b, "alias", "name", cmd.string("alias"));
        String in = cmd.string("inbound");
        String out = cmd.string("outbound");
        if (in != null || out != null) {
            b.append("  <bandwidth>\n");
            if (in != null) {
                b.append("    <inbound").append(rate(in, "inbound", true)).append("/>\n");
            }
            if (out != null) {
                b.append("    <outbound").append(rate(out, "outbound", false)).append("/>\n");
            }
            b.append("  </bandwidth>\n");
        }
        return b.append("</interface>\n").toString();
    }

    private static void line(StringBuilder b, String el, String attr, String value) {
        if (value != null) {
            b.append("  <").append(el).append(' ').append(attr).append("='").append(esc(value)).append("'/>\n");
        }
    }

    /** "average[,peak[,burst[,floor]]]" (virshParseRateStr); floor only inbound. */
    private static String rate(String spec, String what, boolean floor) {
        String[] p = spec.split(",", -1);
        String[] names = {"average", "peak", "burst", "floor"};
        if (p.length > (floor ? 4 : 3)) {
            throw new OptionException(what + " format is incorrect");
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < p.length; i++) {
            if (p[i].isEmpty()) {
                continue;
            }
            try {
                long v = Long.parseUnsignedLong(p[i]);
                b.append(' ').append(names[i]).append("='").append(Long.toUnsignedString(v)).append('\'');
            } catch (NumberFormatException e) {
                throw new OptionException(what + " format is incorrect");
            }
        }
        return b.toString();
    }

    /** A hostdev NIC's PCI address "[DDDD:]BB:SS.F". */
    private static String pci(String s) {
        try {
            String[] dom = s.split(":");
            int d = dom.length == 3 ? Integer.parseInt(dom[0], 16) : 0;
            String bus = dom[dom.length - 2];
            String[] sf = dom[dom.length - 1].split("\\.");
            return String.format("<address type='pci' domain='0x%04x' bus='0x%02x' slot='0x%02x' function='0x%x'/>", d,
                    Integer.parseInt(bus, 16), Integer.parseInt(sf[0], 16), Integer.parseInt(sf[1], 16));
        } catch (RuntimeException e) {
            throw new OptionException("cannot parse pci address '" + s + "' for network interface");
        }
    }
}
