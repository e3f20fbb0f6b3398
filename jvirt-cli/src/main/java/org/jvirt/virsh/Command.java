package org.jvirt.virsh;

import org.jvirt.virsh.vsh.Invocation;

/**
 * One virsh command (vsh's handler). Returns false on failure after printing virsh's own message, or throws
 * the VirtException to be reported the way vshReportError does.
 */
@FunctionalInterface
public interface Command {

    boolean run(Shell sh, Invocation cmd);
}
