package org.jvirt.virsh.checkpoint;

import java.util.List;
import org.jvirt.Domain;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** checkpoint-create-as DOMAIN [--name N] [--description D] [--print-xml] [--quiesce] [--diskspec SPEC]... */
public final class CheckpointCreateAsCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        StringBuilder b = new StringBuilder("<domaincheckpoint>\n");
        if (cmd.string("name") != null) {
            b.append("  <name>").append(Chk.esc(cmd.string("name"))).append("</name>\n");
        }
        if (cmd.string("description") != null) {
            b.append("  <description>").append(Chk.esc(cmd.string("description"))).append("</description>\n");
        }
        List<String> disks = cmd.argv();
        if (!disks.isEmpty()) {
            b.append("  <disks>\n");
            for (String d : disks) {
                b.append(disk(d));
            }
            b.append("  </disks>\n");
        }
        b.append("</domaincheckpoint>\n");
        if (cmd.has("print-xml")) {
            sh.print(b + "\n");
            return true;
        }
        return CheckpointCreateCommand.create(sh, dom, b.toString(), cmd.has("quiesce") ? 2 : 0, null);
    }

    /** virshParseCheckpointDiskspec: disk[,checkpoint=type][,bitmap=name]. */
    private static String disk(String text) {
        String[] parts = text.split(",", -1);
        String checkpoint = null;
        String bitmap = null;
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.startsWith("checkpoint=")) {
                checkpoint = p.substring(11);
            } else if (p.startsWith("bitmap=")) {
                bitmap = p.substring(7);
            } else {
                throw new OptionException("unable to parse diskspec: " + text);
            }
        }
        StringBuilder b = new StringBuilder("    <disk name='").append(Chk.esc(parts[0])).append('\'');
        if (checkpoint != null) {
            b.append(" checkpoint='").append(Chk.esc(checkpoint)).append('\'');
        }
        if (bitmap != null) {
            b.append(" bitmap='").append(Chk.esc(bitmap)).append('\'');
        }
        return b.append("/>\n").toString();
    }
}
