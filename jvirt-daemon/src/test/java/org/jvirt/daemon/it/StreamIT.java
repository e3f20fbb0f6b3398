package org.jvirt.daemon.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.jvirt.Connect;
import org.jvirt.StorageVol;
import org.jvirt.Stream;
import org.jvirt.daemon.TestDaemon;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Volume upload and download over jvirtd's STREAM packets, with real data: real virsh (libvirt's own client
 * stream code) and jvirt's remote driver against jvirtd serving the memory-volume driver (MemoryVolumes), with
 * more than one packet's worth of data (libvirt splits at 262,120 bytes) and an error in the middle of an upload.
 */
class StreamIT {

    private static TestDaemon jvirtd;
    private static Path dir;
    private static String uri;

    @BeforeAll
    static void start() throws Exception {
        dir = Files.createTempDirectory("jvirtd-stream");
        jvirtd = TestDaemon.start(Files.createDirectories(dir.resolve("sock")), "");
        uri = "memvol+unix:///?socket=" + jvirtd.rwSocket();
    }

    @AfterAll
    static void stop() {
        if (jvirtd != null) {
            jvirtd.close();
        }
    }

    private static byte[] random(int size, long seed) {
        byte[] b = new byte[size];
        new Random(seed).nextBytes(b);
        return b;
    }

    @Test
    void virshUploadsAndDownloadsThroughJvirtd() throws Exception {
        Assumptions.assumeTrue(Cmd.available("virsh"), "no virsh");
        byte[] data = random(700_001, 1);
        Path in = dir.resolve("in.bin");
        Files.write(in, data);
        Cmd.Result up = Cmd.virsh(uri, "vol-upload up.img " + in + " --pool mem");
        assertThat(up.err()).isEmpty();
        assertThat(up.rc()).isZero();
        assertThat(MemoryVolumes.VOLUMES.get("up.img")).isEqualTo(data);

        Path out = dir.resolve("out.bin");
        Cmd.Result down = Cmd.virsh(uri, "vol-download up.img " + out + " --pool mem");
        assertThat(down.err()).isEmpty();
        assertThat(down.rc()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(data);

        Cmd.Result part = Cmd.virsh(uri, "vol-download up.img " + out + " --pool mem --offset 5 --length 300000");
        assertThat(part.rc()).isZero();
        assertThat(Files.readAllBytes(out)).isEqualTo(Arrays.copyOfRange(data, 5, 300_005));
    }

    @Test
    void virshHearsAnUploadFailingOnTheServer() throws Exception {
        Assumptions.assumeTrue(Cmd.available("virsh"), "no virsh");
        Path in = dir.resolve("big.bin");
        Files.write(in, random(1_000_000, 2));
        Cmd.Result r = Cmd.virsh(uri, "vol-upload broken " + in + " --pool mem");
        assertThat(r.rc()).isOne();
        assertThat(r.err()).contains("cannot write to volume 'broken': No space left on device");
        // the connection and the daemon are still fine
        assertThat(Cmd.virsh(uri, "vol-upload ok.img " + in + " --pool mem").rc()).isZero();
    }

    @Test
    void javaClientStreamsBothWays() {
        byte[] data = random(600_000, 3);
        try (Connect c = Connect.open(uri)) {
            StorageVol vol = c.storagePoolLookupByName("mem").storageVolLookupByName("java.img");
            Stream up = c.newStream(0);
            vol.upload(up, 0, 0, 0);
            for (int off = 0; off < data.length; off += 100_000) {
                assertThat(up.send(data, off, 100_000)).isEqualTo(100_000);
            }
            up.finish();
            assertThat(MemoryVolumes.VOLUMES.get("java.img")).isEqualTo(data);

            Stream down = c.newStream(0);
            vol.download(down, 0, 0, 0);
            java.io.ByteArrayOutputStream got = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[65536];
            for (int n; (n = down.recv(buf, 0, buf.length)) > 0; ) {
                got.write(buf, 0, n);
            }
            down.finish();
            assertThat(got.toByteArray()).isEqualTo(data);

            // an abandoned download leaves the connection usable
            Stream gone = c.newStream(0);
            vol.download(gone, 0, 0, 0);
            assertThat(gone.recv(buf, 0, 10)).isEqualTo(10);
            gone.abort();
            assertThatThrownBy(() -> gone.recv(buf, 0, 1)).isInstanceOf(VirtException.class)
                    .hasMessageContaining("virStreamRecv");
            assertThat(c.storagePoolLookupByName("mem").getName()).isEqualTo("mem");
        }
    }
}
