package org.jvirt.virsh.domain;

import static org.jvirt.virsh.domain.DeviceCommands.esc;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.Domain;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/**
 * attach-disk DOMAIN SOURCE TARGET [options]: builds the {@code <disk>} as virsh 9.0's cmdAttachDisk does
 * (--print-xml shows it) and attaches it.
 */
public final class AttachDiskCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = DeviceCommands.flags(cmd);
        Opts.require(cmd, "source-host-name", "source-protocol");
        Opts.require(cmd, "source-host-transport", "source-protocol");
        Opts.require(cmd, "source-host-socket", "source-protocol");
        Opts.require(cmd, "source-host-socket", "source-host-transport");
        Opts.exclusive(cmd, "source-host-name", "source-host-socket");
        if (cmd.string("wwn") != null) {
            checkWwn(cmd.string("wwn"));
        }
        String xml = xml(cmd);
        if (cmd.has("print-xml")) {
            sh.print(xml);
            return true;
        }
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        return DeviceCommands.apply(sh, cmd, dom, flags, xml, true, "disk", "Disk");
    }

    static String xml(Invocation cmd) {
        String source = cmd.string("source");
        String target = cmd.string("target");
        String mode = cmd.string("mode");
        if (mode != null && !mode.equals("readonly") && !mode.equals("shareable")) {
            throw new OptionException("No support for " + mode + " in command 'attach-disk'");
        }
        String stype = cmd.string("sourcetype");
        boolean network = cmd.string("source-protocol") != null;
        if (stype == null) {
            stype = network ? "network" : isBlock(source) ? "block" : "file";
        } else if (!stype.equals("file") && !stype.equals("block") && !stype.equals("network")) {
            throw new OptionException("Unknown source type: '" + stype + "'");
        }
        String address = cmd.string("address");
        String addrXml = address == null ? null : address(address, target, cmd.has("multifunction"));

        StringBuilder b = new StringBuilder("<disk type='").append(esc(stype)).append('\'');
        if (cmd.string("type") != null) {
            b.append(" device='").append(esc(cmd.string("type"))).append('\'');
        }
        if (cmd.has("rawio")) {
            b.append(" rawio='yes'");
        }
        b.append(">\n");
        StringBuilder drv = new StringBuilder();
        attr(drv, "name", cmd.string("driver"));
        attr(drv, "type", cmd.string("subdriver"));
        attr(drv, "iothread", cmd.string("iothread"));
        attr(drv, "cache", cmd.string("cache"));
        attr(drv, "io", cmd.string("io"));
        if (!drv.isEmpty()) {
            b.append("  <driver").append(drv).append("/>\n");
        }
        switch (stype) {
            case "network" -> {
                b.append("  <source protocol='").append(esc(cmd.string("source-protocol"))).append("' name='")
                        .append(esc(source)).append('\'');
                String host = cmd.string("source-host-name");
                String transport = cmd.string("source-host-transport");
                String socket = cmd.string("source-host-socket");
                if (host == null && transport == null && socket == null) {
                    b.append("/>\n");
                } else {
                    b.append(">\n    <host");
                    if (host != null) {
                        int colon = host.lastIndexOf(':');
                        attr(b, "name", colon < 0 ? host : host.substring(0, colon));
                        attr(b, "port", colon < 0 ? null : host.substring(colon + 1));
                    }
                    attr(b, "transport", transport);
                    attr(b, "socket", socket);
                    b.append("/>\n  </source>\n");
                }
            }
            case "block" -> b.append("  <source dev='").append(esc(source)).append("'/>\n");
            default -> b.append("  <source file='").append(esc(source)).append("'/>\n");
        }
        b.append("  <target dev='").append(esc(target)).append('\'');
        attr(b, "bus", cmd.string("targetbus"));
        b.append("/>\n");
        if (mode != null) {
            b.append("  <").append(mode).append("/>\n");
        }
        if (cmd.string("serial") != null) {
            b.append("  <serial>").append(esc(cmd.string("serial"))).append("</serial>\n");
        }
        if (cmd.string("alias") != null) {
            b.append("  <alias name='").append(esc(cmd.string("alias"))).append("'/>\n");
        }
        if (cmd.string("wwn") != null) {
            b.append("  <wwn>").append(esc(cmd.string("wwn"))).append("</wwn>\n");
        }
        if (addrXml != null) {
            b.append("  ").append(addrXml).append('\n');
        }
        return b.append("</disk>\n").toString();
    }

    private static void attr(StringBuilder b, String name, String value) {
        if (value != null) {
            b.append(' ').append(name).append("='").append(esc(value)).append('\'');
        }
    }

    /** A block device path: virsh attaches it as type='block'. */
    private static boolean isBlock(String source) {
        try {
            Object mode = Files.getAttribute(Path.of(source), "unix:mode");
            return mode instanceof Integer m && (m & 0170000) == 0060000;
        } catch (Exception e) {
            return false;
        }
    }

    /**
     * --address pci:D.B.S.F | ccw:C.S.D (hex) | scsi:C.B.U | sata:C.B.U | ide:C.B.U | usb:B.P (decimal), as virsh
     * 9.0 reads them: each number up to the next dot, whatever follows the last one ignored; then the kind must
     * suit the target's prefix (vd: pci or ccw, sd: scsi, usb or sata, hd: ide).
     */
    private static String address(String spec, String target, boolean multifunction) {
        int colon = spec.indexOf(':');
        String kind = colon < 0 ? "" : spec.substring(0, colon);
        String rest = colon < 0 ? "" : spec.substring(colon + 1);
        String xml = switch (kind) {
            case "pci" -> {
                long[] v = fields(rest, 4, 16);
                yield String.format("<address type='pci' domain='0x%04x' bus='0x%02x' slot='0x%02x' function='0x%x'%s/>",
                        v[0], v[1], v[2], v[3], multifunction ? " multifunction='on'" : "");
            }
            case "ccw" -> {
                long[] v = fields(rest, 3, 16);
                yield String.format("<address type='ccw' cssid='0x%02x' ssid='0x%x' devno='0x%04x'/>", v[0], v[1], v[2]);
            }
            case "scsi", "sata", "ide" -> {
                long[] v = fields(rest, 3, 10);
                yield String.format("<address type='drive' controller='%d' bus='%d' unit='%d'/>", v[0], v[1], v[2]);
            }
            case "usb" -> {
                long[] v = fields(rest, 2, 10);
                yield String.format("<address type='usb' bus='%d' port='%d'/>", v[0], v[1]);
            }
            default -> throw new OptionException("Invalid address.");
        };
        if (target.startsWith("vd") && !kind.equals("pci") && !kind.equals("ccw")) {
            throw new OptionException("expecting a pci:0000.00.00.00 or ccw:00.0.0000 address.");
        }
        if (target.startsWith("sd") && !kind.equals("scsi") && !kind.equals("usb") && !kind.equals("sata")) {
            throw new OptionException("expecting a scsi:00.00.00 or usb:00.00 or sata:00.00.00 address.");
        }
        if (target.startsWith("hd") && !kind.equals("ide")) {
            throw new OptionException("expecting an ide:00.00.00 address.");
        }
        return xml;
    }

    /** {@code n} unsigned numbers separated by dots (virStrToLong_ui; base 16 allows 0x); trailing text ignored. */
    private static long[] fields(String s, int n, int radix) {
        long[] out = new long[n];
        int i = 0;
        for (int k = 0; k < n; k++) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i < s.length() && s.charAt(i) == '+') {
                i++;
            }
            // strtoul's base 16 takes a 0x prefix only when a hex digit follows it
            if (radix == 16 && i + 2 < s.length() && s.charAt(i) == '0' && (s.charAt(i + 1) | 0x20) == 'x'
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                i += 2;
            }
            int start = i;
            while (i < s.length() && Character.digit(s.charAt(i), radix) >= 0) {
                i++;
            }
            if (i == start) {
                throw new OptionException("Invalid address.");
            }
            try {
                out[k] = Long.parseLong(s.substring(start, i), radix);
            } catch (NumberFormatException e) {
                throw new OptionException("Invalid address.");
            }
            if (out[k] > 0xffffffffL) {
                throw new OptionException("Invalid address.");
            }
            if (k < n - 1) {
                if (i >= s.length() || s.charAt(i) != '.') {
                    throw new OptionException("Invalid address.");
                }
                i++;
            }
        }
        return out;
    }

    /** virValidateWWN: 16 hex digits, "0x" allowed before them. */
    private static void checkWwn(String wwn) {
        String digits = wwn.startsWith("0x") ? wwn.substring(2) : wwn;
        if (digits.length() != 16 || !digits.chars().allMatch(c -> Character.digit(c, 16) >= 0)) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.NONE, "Malformed wwn: %s", wwn);
        }
    }
}
