package org.jvirt.virsh.checkpoint;

import org.jvirt.Domain;
import org.jvirt.DomainCheckpoint;
import org.jvirt.error.VirtException;
import org.jvirt.flags.DomainCheckpointCreateFlag;
import org.jvirt.flags.DomainCheckpointDeleteFlag;
import org.jvirt.flags.DomainCheckpointXMLFlag;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Editor;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * checkpoint-edit DOMAIN --checkpointname NAME: edits the checkpoint's XML (secure, without the domain) and
 * redefines it. A changed name would make a second checkpoint: its metadata is dropped again and the edit fails,
 * as virsh does (checkpoints cannot be renamed).
 */
public final class CheckpointEditCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Domain dom = sh.domain(cmd);
        if (dom == null) {
            return false;
        }
        DomainCheckpoint checkpoint = Chk.lookup(cmd, dom);
        String name = checkpoint.getName();
        String xml = checkpoint.getXMLDesc(DomainCheckpointXMLFlag.SECURE.value() | DomainCheckpointXMLFlag.NO_DOMAIN.value());
        Editor.Define define = (text, validate) -> text == null ? name
                : dom.checkpointCreateXML(text, DomainCheckpointCreateFlag.REDEFINE.value()).getName();
        boolean ok = Editor.edit(sh, xml, false, define, "Checkpoint %s XML configuration not changed.\n",
                edited -> finish(sh, dom, name, edited));
        if (!ok) {
            sh.error("Failed to update " + name);
        }
        return ok;
    }

    private static boolean finish(Shell sh, Domain dom, String name, String edited) {
        if (edited == null) {
            return false;
        }
        if (edited.equals(name)) {
            sh.printExtra("Checkpoint " + name + " edited.\n");
            return true;
        }
        try {
            dom.checkpointLookupByName(edited, 0).delete(DomainCheckpointDeleteFlag.METADATA_ONLY.value());
        } catch (VirtException e) {
            sh.report(e);
            sh.error("Failed to clean up " + edited);
            return false;
        }
        sh.error("Cannot rename checkpoint " + name + " to " + edited);
        return false;
    }
}
