package org.jvirt.virsh.domain;

import org.jvirt.virsh.vsh.Invocation;

/** What the save-image and managedsave XML commands share. */
final class Images {

    private Images() {
    }

    /** --running / --paused as VIR_DOMAIN_SAVE_RUNNING (2) / VIR_DOMAIN_SAVE_PAUSED (4). */
    static int stateFlags(Invocation cmd) {
        return (cmd.has("running") ? 2 : 0) | (cmd.has("paused") ? 4 : 0);
    }

    /** virshDumpXML: the document, or the nodes an --xpath selects. */
    static String dump(String xml, String xpath, boolean wrap) {
        return xpath == null ? xml : XPaths.select(xml, xpath, wrap);
    }
}
