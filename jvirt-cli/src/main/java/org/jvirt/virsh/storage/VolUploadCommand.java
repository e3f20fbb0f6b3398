package org.jvirt.virsh.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.StorageVol;
import org.jvirt.spi.Unsupported;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * vol-upload VOL FILE [--pool P] [--offset N] [--length N] [--sparse]. jvirt's API has no streams or
 * virStorageVolUpload yet; libvirt's test driver has no upload either, so every connection gets the public
 * layer's NO_SUPPORT once the volume and the file are checked, in virsh's order.
 */
public final class VolUploadCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        VolStreams.ulong(cmd, "offset", false);
        VolStreams.ulong(cmd, "length", true);
        StorageVol vol = Pools.vol(sh, cmd, "vol", "pool");
        String name = cmd.string("vol");
        String file = cmd.string("file");
        Path p = Path.of(file);
        // open(O_RDONLY) as virsh does: a directory opens, a missing or unreadable file does not
        if (!Files.isDirectory(p)) {
            try (var in = Files.newInputStream(p)) {
                // only the opening matters
            } catch (IOException e) {
                sh.error("cannot read " + file);
                return false;
            }
        }
        throw sh.fail("cannot upload to volume " + name, Unsupported.call("virStorageVolUpload"));
    }
}
