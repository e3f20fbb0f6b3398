package org.jvirt.virsh.domain;

import static org.jvirt.virsh.domain.DeviceCommands.esc;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.Domain;
import org.jvirt.virsh.Command;
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
        String xml = xml(cmd);
        if (cmd.has("print-xml")) {
            sh.print(xml);
            return true;
        }
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        return DeviceCommands.apply(sh, cmd, dom, flags, xml, true, "disk");
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
        String addrXml = address == null ? null : address(address, cmd.has("multifunction"));

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

    /** --address pci:D.B.S.F | scsi:C.B.U | sata:C.B.U | ide:C.B.U | usb:B.P, as str2DiskAddress reads them. */
    private static String address(String spec, boolean multifunction) {
        int colon = spec.indexOf(':');
        String kind = colon < 0 ? "" : spec.substring(0, colon);
        String[] p = colon < 0 ? new String[0] : spec.substring(colon + 1).split("\\.", -1);
        try {
            return switch (kind) {
                case "pci" -> {
                    if (p.length != 4) {
                        throw new NumberFormatException();
                    }
                    yield String.format("<address type='pci' domain='0x%04x' bus='0x%02x' slot='0x%02x' function='0x%x'%s/>",
                            Integer.parseInt(p[0], 16), Integer.parseInt(p[1], 16), Integer.parseInt(p[2], 16),
                            Integer.parseInt(p[3], 16), multifunction ? " multifunction='on'" : "");
                }
                case "scsi", "sata", "ide" -> {
                    if (p.length != 3) {
                        throw new NumberFormatException();
                    }
                    yield String.format("<address type='drive' controller='%d' bus='%d' unit='%d'/>",
                            Integer.parseUnsignedInt(p[0]), Integer.parseUnsignedInt(p[1]), Integer.parseUnsignedInt(p[2]));
                }
                case "usb" -> {
                    if (p.length != 2) {
                        throw new NumberFormatException();
                    }
                    yield String.format("<address type='usb' bus='%d' port='%d'/>", Integer.parseUnsignedInt(p[0]),
                            Integer.parseUnsignedInt(p[1]));
                }
                default -> throw new NumberFormatException();
            };
        } catch (NumberFormatException e) {
            throw new OptionException("Invalid address.");
        }
    }
}
