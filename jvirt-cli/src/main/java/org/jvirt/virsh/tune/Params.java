package org.jvirt.virsh.tune;

import java.util.List;
import org.jvirt.TypedParameter;
import org.jvirt.virsh.Shell;

/** Printing typed parameters as the tuning commands do ("%-15s: %s"). */
final class Params {

    /** VIR_DOMAIN_MEMORY_PARAM_UNLIMITED. */
    static final long UNLIMITED = 9007199254740991L;

    private Params() {
    }

    static void print(Shell sh, List<TypedParameter> params) {
        for (TypedParameter p : params) {
            sh.printf("%-15s: %s\n", p.field(), p.valueString());
        }
    }
}
