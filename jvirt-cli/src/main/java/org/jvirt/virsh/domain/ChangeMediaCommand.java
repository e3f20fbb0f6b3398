package org.jvirt.virsh.domain;

import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/**
 * change-media DOMAIN PATH [SOURCE] --eject|--insert|--update: the cdrom/floppy element of the domain's XML
 * with its source removed or replaced (virshUpdateDiskXML), handed to virDomainUpdateDeviceFlags.
 */
public final class ChangeMediaCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "eject", "insert");
        Opts.exclusive(cmd, "eject", "update");
        Opts.exclusive(cmd, "insert", "update");
        Opts.exclusive(cmd, "eject", "block");
        int flags = Opts.impact(cmd);
        if (cmd.has("force")) {
            flags |= 4;
        }
        String source = cmd.string("source");
        String action = cmd.has("eject") ? "eject" : cmd.has("insert") ? "insert" : cmd.has("update") ? "update"
                : source == null ? "eject" : "update";
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        String xml = dom.getXMLDesc(cmd.has("config") ? 2 : 0);
        String path = cmd.string("path");
        DeviceNodes.Node disk = DeviceNodes.findDisk(xml, path, true);
        // virsh finds the disk before it checks the source against the action
        if (action.equals("eject") && source != null) {
            throw new OptionException("The --source option is not supported with --eject");
        }
        if (!action.equals("eject") && source == null) {
            throw new OptionException("No source is specified for inserting media");
        }
        boolean hasMedia = disk.hasChild("source");
        switch (action) {
            case "eject" -> {
                if (!hasMedia) {
                    throw new OptionException("The disk device '" + path + "' doesn't have media");
                }
                disk = disk.without("source");
            }
            case "insert" -> {
                if (hasMedia) {
                    throw new OptionException("The disk device '" + path + "' already has media");
                }
                disk = withSource(disk, source, cmd.has("block"));
            }
            default -> disk = withSource(disk.without("source"), source, cmd.has("block"));
        }
        String dev = disk.dump();
        if (cmd.has("print-xml")) {
            sh.print(dev);
            return true;
        }
        try {
            dom.updateDevice(dev, flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to complete action " + action + " on media", e);
        }
        sh.printExtra(switch (action) {
            case "eject" -> "Successfully ejected media.\n";
            case "insert" -> "Successfully inserted media.\n";
            default -> "Successfully updated media.\n";
        });
        return true;
    }

    private static DeviceNodes.Node withSource(DeviceNodes.Node disk, String source, boolean block) {
        String line = "<source " + (block ? "dev" : "file") + "='" + DeviceCommands.esc(source) + "'/>";
        return disk.withAttr("type", block ? "block" : "file").insertBefore("target", line);
    }
}
