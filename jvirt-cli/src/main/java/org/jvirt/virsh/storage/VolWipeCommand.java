package org.jvirt.virsh.storage;

import java.util.List;
import org.jvirt.StorageVol;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * vol-wipe VOL [--pool P] [--algorithm A]: zeroing is virStorageVolWipe, any other algorithm
 * virStorageVolWipePattern (as virsh chooses); the test driver has neither, so this reports its NO_SUPPORT.
 */
public final class VolWipeCommand implements Command {

    /** virStorageVolWipeAlgorithm, by value. */
    private static final List<String> ALGORITHMS = List.of("zero", "nnsa", "dod", "bsi", "gutmann", "schneier",
            "pfitzner7", "pfitzner33", "random", "trim");

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        StorageVol vol = Pools.vol(sh, cmd, "vol", "pool");
        String name = cmd.string("algorithm");
        int alg = name == null ? 0 : ALGORITHMS.indexOf(name);
        if (alg < 0) {
            sh.error("Unsupported algorithm '" + name + "'");
            return false;
        }
        return sh.act(vol, cmd.string("vol"), v -> {
            if (alg == 0) {
                v.wipe(0);
            } else {
                v.wipePattern(alg, 0);
            }
        }, "Vol %s wiped\n", "Failed to wipe vol %s");
    }
}
