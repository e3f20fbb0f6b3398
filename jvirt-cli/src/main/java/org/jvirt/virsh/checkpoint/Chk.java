package org.jvirt.virsh.checkpoint;

import org.jvirt.Domain;
import org.jvirt.DomainCheckpoint;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.vsh.Invocation;
import org.jvirt.virsh.vsh.OptionException;

/** Shared steps of the checkpoint commands (virsh-checkpoint.c's helpers). */
final class Chk {

    private Chk() {
    }

    /** virshLookupCheckpoint: --checkpointname is required (checkpoints have no "current" in the API). */
    static DomainCheckpoint lookup(Invocation cmd, Domain dom) {
        String name = cmd.string("checkpointname");
        if (name == null) {
            throw new OptionException("--checkpointname is required");
        }
        return dom.checkpointLookupByName(name, 0);
    }

    /** The parent's name (virDomainCheckpointGetParent), or null for a root. */
    static String parentName(DomainCheckpoint c) {
        try {
            return c.getParent(0).getName();
        } catch (VirtException e) {
            if (e.code() == ErrorCode.NO_DOMAIN_CHECKPOINT) {
                return null;
            }
            throw e;
        }
    }

    /** virBufferEscapeString's escaping, for the documents checkpoint-create-as writes. */
    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("'", "&apos;")
                .replace("\"", "&quot;");
    }
}
