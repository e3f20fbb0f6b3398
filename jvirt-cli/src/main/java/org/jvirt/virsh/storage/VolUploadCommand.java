package org.jvirt.virsh.storage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.StorageVol;
import org.jvirt.virsh.Command;
import org.jvirt.virsh.Shell;
import org.jvirt.virsh.vsh.Invocation;

/**
 * vol-upload VOL FILE [--pool P] [--offset N] [--length N] [--sparse] (cmdVolUpload): the volume and the file
 * are checked in virsh's order, then virStorageVolUpload and the file's bytes through the stream, then
 * virStreamFinish. libvirt's test driver has no upload, so test:///default answers NO_SUPPORT; a daemon whose
 * driver has one gets the data (--sparse sends the holes as data, which a sparse stream allows).
 */
public final class VolUploadCommand implements Command {

    @Override
    public boolean run(Shell sh, Invocation cmd) {
        long offset = VolStreams.ulong(cmd, "offset", false);
        long length = VolStreams.ulong(cmd, "length", true);
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
        org.jvirt.Stream st = sh.conn().newStream(0);
        try {
            vol.upload(st, offset, length, cmd.has("sparse") ? 1 : 0);
        } catch (org.jvirt.error.VirtException e) {
            throw sh.fail("cannot upload to volume " + name, e);
        }
        try (var in = Files.newInputStream(p)) {
            byte[] buf = new byte[256 * 1024];
            for (int n; (n = in.read(buf)) > 0; ) {
                st.send(buf, 0, n);
            }
        } catch (IOException | org.jvirt.error.VirtException e) {
            // virStreamSendAll aborts the stream when the source or the stream fails
            try {
                st.abort();
            } catch (org.jvirt.error.VirtException ignored) {
                // the stream's own error is the one reported
            }
            if (e instanceof org.jvirt.error.VirtException v) {
                throw sh.fail("cannot send data to volume " + name, v);
            }
            sh.error("cannot send data to volume " + name);
            return false;
        }
        try {
            st.finish();
        } catch (org.jvirt.error.VirtException e) {
            throw sh.fail("cannot close volume " + name, e);
        }
        return true;
    }
}
