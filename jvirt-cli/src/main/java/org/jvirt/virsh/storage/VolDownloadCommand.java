package org.jvirt.virsh.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jvirt.StorageVol;
import org.jvirt.spi.Unsupported;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * vol-download VOL FILE [--pool P] [--offset N] [--length N] [--sparse]. As vol-upload, the API has no
 * virStorageVolDownload yet, so the call is NO_SUPPORT; the file is still created (or truncated) first and a
 * file the command created is removed again on failure, as virsh does.
 */
public final class VolDownloadCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        VolStreams.ulong(cmd, "offset", false);
        VolStreams.ulong(cmd, "length", true);
        StorageVol vol = Pools.vol(sh, cmd, "vol", "pool");
        String name = cmd.string("vol");
        String file = cmd.string("file");
        Path p = Path.of(file);
        boolean created;
        try {
            Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
            created = true;
        } catch (FileAlreadyExistsException e) {
            try {
                Files.newOutputStream(p, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING).close();
            } catch (IOException e2) {
                sh.error("cannot create " + file);
                return false;
            }
            created = false;
        } catch (IOException e) {
            sh.error("cannot create " + file);
            return false;
        }
        try {
            throw sh.fail("cannot download from volume " + name, Unsupported.call("virStorageVolDownload"));
        } finally {
            if (created) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort, as virsh's unlink
                }
            }
        }
    }
}
