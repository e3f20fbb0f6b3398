package org.jvirt.virsh.domain;

import static org.jvirt.virsh.domain.DeviceCommands.esc;

import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.tune.Rates;
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
        return DeviceCommands.apply(sh, cmd, dom, flags, xml, true, "interface", "Interface");
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
        // virsh's checks: inbound needs an average or a floor; outbound an average, and no floor
        long[] inRate = in == null ? null : Rates.parse(in);
        if (inRate != null && inRate[0] == 0 && inRate[3] == 0) {
            throw new OptionException("either inbound average or floor is mandatory");
        }
        long[] outRate = out == null ? null : Rates.parse(out);
        if (outRate != null && outRate[0] == 0) {
            throw new OptionException("outbound average is mandatory");
        }
        if (outRate != null && outRate[3] != 0) {
            throw new OptionException("outbound floor is unsupported yet");
        }
        if (in != null || out != null) {
            b.append("  <bandwidth>\n");
            if (inRate != null) {
                b.append("    <inbound").append(rate(inRate)).append("/>\n");
            }
            if (outRate != null) {
                b.append("    <outbound").append(rate(outRate)).append("/>\n");
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

    /** The non-zero fields of a rate as attributes. */
    private static String rate(long[] r) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < r.length; i++) {
            if (r[i] != 0) {
                b.append(' ').append(Rates.FIELDS[i]).append("='").append(Long.toUnsignedString(r[i])).append('\'');
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
