package org.jvirt.virsh.storage;

import org.jvirt.StorageVol;
import org.jvirt.StorageVolInfo;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/** vol-info VOL [--pool P] [--bytes] [--physical]. */
public final class VolInfoCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        StorageVol vol = Pools.vol(sh, cmd, "vol", "pool");
        boolean bytes = cmd.has("bytes");
        sh.printf("%-15s %s\n", "Name:", vol.getName());
        // virsh asks for the physical size with virStorageVolGetInfoFlags(VIR_STORAGE_VOL_GET_PHYSICAL) only
        StorageVolInfo info = cmd.has("physical") ? vol.getInfoFlags(1) : vol.getInfo();
        sh.printf("%-15s %s\n", "Type:", Pools.volType(info.type()));
        sh.printf("%-15s %s\n", "Capacity:", bytes ? info.capacity() + " bytes" : Pools.capacity(info.capacity()));
        sh.printf("%-15s %s\n", cmd.has("physical") ? "Physical:" : "Allocation:",
                bytes ? info.allocation() + " bytes" : Pools.capacity(info.allocation()));
        return true;
    }
}
