package org.jvirt.virsh.domain;

import org.jvirt.virsh.Command;
import org.jvirt.virsh.Editor;
import org.jvirt.virsh.Opts;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** save-image-edit FILE [--running|--paused]: edits the secure XML and writes it back. */
public final class SaveImageEditCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        Opts.exclusive(cmd, "running", "paused");
        String file = cmd.string("file");
        int flags = Images.stateFlags(cmd);
        String xml = sh.conn().saveImageGetXMLDesc(file, 1);
        Editor.Define define = (text, validate) -> {
            if (text != null) {
                sh.conn().saveImageDefineXML(file, text, flags);
            }
            return file;
        };
        return Editor.edit(sh, xml, false, define, "Saved image %s XML configuration not changed.\n",
                "State file %s edited.\n");
    }
}
