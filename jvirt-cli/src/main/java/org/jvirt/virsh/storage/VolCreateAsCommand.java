package org.jvirt.virsh.storage;

import org.jvirt.StoragePool;
import org.jvirt.StorageVol;
import org.jvirt.error.VirtException;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * vol-create-as POOL NAME CAPACITY [--allocation A] [--format F] [--backing-vol V [--backing-vol-format F]]
 * [--prealloc-metadata] [--print-xml].
 */
public final class VolCreateAsCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        int flags = cmd.has("prealloc-metadata") ? 1 : 0; // VIR_STORAGE_VOL_CREATE_PREALLOC_METADATA
        StoragePool pool = Pools.pool(sh, cmd, "pool");
        String name = cmd.string("name");
        long capacity = VolSize.parse(cmd.string("capacity"));
        // read quietly: an empty --allocation counts as none
        String allocationStr = cmd.raw("allocation");
        if (allocationStr != null && allocationStr.isEmpty()) {
            allocationStr = null;
        }
        long allocation = allocationStr == null ? 0 : VolSize.parse(allocationStr);
        String format = cmd.string("format");
        String backing = cmd.string("backing-vol");
        String backingFormat = cmd.string("backing-vol-format");

        StringBuilder b = new StringBuilder("<volume>\n");
        b.append("  <name>").append(name).append("</name>\n");
        b.append("  <capacity>").append(Long.toUnsignedString(capacity)).append("</capacity>\n");
        if (allocationStr != null) {
            b.append("  <allocation>").append(Long.toUnsignedString(allocation)).append("</allocation>\n");
        }
        if (format != null) {
            b.append("  <target>\n    <format type='").append(format).append("'/>\n  </target>\n");
        }
        if (backing != null) {
            String path = backingVolume(sh, pool, backing).getPath();
            b.append("  <backingStore>\n    <path>").append(path).append("</path>\n");
            if (backingFormat != null) {
                b.append("    <format type='").append(backingFormat).append("'/>\n");
            }
            b.append("  </backingStore>\n");
        }
        b.append("</volume>\n");

        if (cmd.has("print-xml")) {
            sh.print(b.toString());
            return true;
        }
        try {
            pool.storageVolCreateXML(b.toString(), flags);
        } catch (VirtException e) {
            throw sh.fail("Failed to create vol " + name, e);
        }
        sh.printExtra("Vol " + name + " created\n");
        return true;
    }

    /** The backing volume: by name in the pool, then by key, then by path; the last lookup's error follows. */
    private static StorageVol backingVolume(Shell sh, StoragePool pool, String vol) {
        try {
            return pool.storageVolLookupByName(vol);
        } catch (VirtException e) {
            // try the next way
        }
        try {
            return sh.conn().storageVolLookupByKey(vol);
        } catch (VirtException e) {
            // try the next way
        }
        try {
            return sh.conn().storageVolLookupByPath(vol);
        } catch (VirtException e) {
            throw sh.fail("failed to get vol '" + vol + "'", e);
        }
    }
}
