package org.jvirt.virsh.secret;

import org.jvirt.NWFilter;
import org.jvirt.NWFilterBinding;
import org.jvirt.Secret;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** The lookups of the secret and nwfilter commands (virsh-secret.c, virsh-nwfilter.c). */
final class Secrets {

    private Secrets() {
    }

    /** virshCommandOptSecret: by UUID only; "failed to get secret 'x'" and the libvirt error otherwise. */
    static Secret secret(Shell sh, Invocation cmd, String opt) {
        String name = cmd.string(opt);
        try {
            return sh.conn().secretLookupByUUIDString(name);
        } catch (VirtException e) {
            throw sh.fail("failed to get secret '" + name + "'", e);
        }
    }

    /** virshCommandOptNWFilterBy: a UUID-shaped argument is tried as a UUID first, then as a name. */
    static NWFilter filter(Shell sh, Invocation cmd) {
        String name = cmd.string("nwfilter");
        try {
            if (name.length() == 36) {
                try {
                    return sh.conn().nwfilterLookupByUUIDString(name);
                } catch (VirtException e) {
                    // fall through to the name, as virsh does
                }
            }
            return sh.conn().nwfilterLookupByName(name);
        } catch (VirtException e) {
            throw sh.fail("failed to get nwfilter '" + name + "'", e);
        }
    }

    static NWFilterBinding binding(Shell sh, Invocation cmd) {
        String name = cmd.string("binding");
        try {
            return sh.conn().nwfilterBindingLookupByPortDev(name);
        } catch (VirtException e) {
            throw sh.fail("failed to get nwfilter binding '" + name + "'", e);
        }
    }

    /** virshDumpXML: the document, or the nodes an --xpath selects. */
    static String dump(String xml, Invocation cmd) {
        String xpath = cmd.string("xpath");
        return xpath == null ? xml : org.jvirt.virsh.domain.XPaths.select(xml, xpath, cmd.has("wrap"));
    }
}
