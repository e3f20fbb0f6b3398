package org.jvirt.virsh.storage;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.jvirt.StorageVol;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * vol-download VOL FILE [--pool P] [--offset N] [--length N] [--sparse] (cmdVolDownload): the file is created
 * (or truncated) first, then virStorageVolDownload, the stream's bytes into the file and virStreamFinish; a
 * file the command created is removed again on failure, as virsh does. libvirt's test driver has no download,
 * so test:///default answers NO_SUPPORT.
 */
public final class VolDownloadCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        long offset = VolStreams.ulong(cmd, "offset", false);
        long length = VolStreams.ulong(cmd, "length", true);
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
        boolean ok = false;
        try {
            org.jvirt.Stream st = sh.conn().newStream(0);
            try {
                vol.download(st, offset, length, cmd.has("sparse") ? 1 : 0);
            } catch (org.jvirt.error.VirtException e) {
                throw sh.fail("cannot download from volume " + name, e);
            }
            try (var out = Files.newOutputStream(p, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                byte[] buf = new byte[256 * 1024];
                for (int n; (n = st.recv(buf, 0, buf.length)) > 0; ) {
                    out.write(buf, 0, n);
                }
            } catch (IOException | org.jvirt.error.VirtException e) {
                try {
                    st.abort();
                } catch (org.jvirt.error.VirtException ignored) {
                    // the stream's own error is the one reported
                }
                if (e instanceof org.jvirt.error.VirtException v) {
                    throw sh.fail("cannot receive data from volume " + name, v);
                }
                sh.error("cannot receive data from volume " + name);
                return false;
            }
            try {
                st.finish();
            } catch (org.jvirt.error.VirtException e) {
                throw sh.fail("cannot close volume " + name, e);
            }
            ok = true;
            return true;
        } finally {
            if (created && !ok) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort, as virsh's unlink
                }
            }
        }
    }
}
