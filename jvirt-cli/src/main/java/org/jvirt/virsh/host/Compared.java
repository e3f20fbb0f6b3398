package org.jvirt.virsh.host;

import org.jvirt.virsh.Shell;

/** How cpu-compare and hypervisor-cpu-compare word a virCPUCompareResult. */
final class Compared {

    private Compared() {
    }

    static boolean report(Shell sh, int result, String file, String what) {
        switch (result) {
            case 0 -> {
                sh.print("CPU described in " + file + " is incompatible with " + what + "\n");
                return false;
            }
            case 1 -> sh.print("CPU described in " + file + " is identical to " + what + "\n");
            case 2 -> sh.print(what.substring(0, 1).toUpperCase() + what.substring(1) + " is a superset of CPU described in "
                    + file + "\n");
            default -> {
                sh.error("Failed to compare " + what + " with " + file);
                return false;
            }
        }
        return true;
    }
}
