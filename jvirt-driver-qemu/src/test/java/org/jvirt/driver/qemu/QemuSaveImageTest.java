package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The save image header: libvirt's virQEMUSaveHeader layout, and qemuSaveImageOpen's refusals. */
class QemuSaveImageTest {

    @TempDir
    Path dir;

    @Test
    void headerHasLibvirtsLayoutAndRoundTrips() throws Exception {
        String xml = "<domain type='qemu'><name>é</name></domain>";
        QemuSaveImage img = QemuSaveImage.of(xml, true);
        ByteBuffer b = img.encode(true);
        assertThat(b.remaining()).isEqualTo(92 + xml.getBytes(StandardCharsets.UTF_8).length + 1);
        byte[] bytes = new byte[b.remaining()];
        b.get(bytes);
        assertThat(new String(bytes, 0, 16, StandardCharsets.US_ASCII)).isEqualTo("LibvirtQemudSave");
        ByteBuffer h = ByteBuffer.wrap(bytes, 16, 76).order(ByteOrder.nativeOrder());
        assertThat(h.getInt()).as("version").isEqualTo(2);
        assertThat(h.getInt()).as("data_len with NUL").isEqualTo(xml.getBytes(StandardCharsets.UTF_8).length + 1);
        assertThat(h.getInt()).as("was_running").isEqualTo(1);
        assertThat(h.getInt()).as("format raw").isZero();
        for (int i = 0; i < 15; i++) {
            assertThat(h.getInt()).as("cookieOffset and unused").isZero();
        }
        assertThat(bytes[bytes.length - 1]).isZero();
        assertThat(img.dataOffset()).isEqualTo(bytes.length);

        Path f = dir.resolve("img");
        Files.write(f, bytes);
        Files.write(f, new byte[] {1, 2, 3}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(QemuSaveImage.read(f)).isEqualTo(img);
    }

    @Test
    void paddedDataLenIsHonoured() throws Exception {
        // libvirt may pad the XML area; the stream starts after data_len bytes, not after the NUL
        QemuSaveImage padded = new QemuSaveImage("<domain/>", false, 64);
        Path f = dir.resolve("padded");
        byte[] bytes = new byte[(int) padded.dataOffset()];
        padded.encode(true).get(bytes);
        Files.write(f, bytes);
        QemuSaveImage back = QemuSaveImage.read(f);
        assertThat(back.xml()).isEqualTo("<domain/>");
        assertThat(back.dataOffset()).isEqualTo(92 + 64);
        assertThat(back.wasRunning()).isFalse();
    }

    @Test
    void refusesWhatLibvirtRefuses() throws Exception {
        Path f = dir.resolve("bad");
        Files.write(f, new byte[50]);
        assertThatThrownBy(() -> QemuSaveImage.read(f)).hasMessage("operation failed: failed to read qemu header");
        Files.write(f, new byte[200]);
        assertThatThrownBy(() -> QemuSaveImage.read(f)).isInstanceOfSatisfying(VirtException.class, e -> {
            assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_ARG);
            assertThat(e.getMessage()).isEqualTo("invalid argument: image magic is incorrect");
        });
        byte[] partial = new byte[200];
        QemuSaveImage.of("<domain/>", true).encode(false).get(partial, 0, 92 + 10);
        Files.write(f, partial);
        assertThatThrownBy(() -> QemuSaveImage.read(f)).hasMessage("operation failed: save image is incomplete");
        byte[] future = new byte[200];
        QemuSaveImage.of("<domain/>", true).encode(true).get(future, 0, 92 + 10);
        ByteBuffer.wrap(future).order(ByteOrder.nativeOrder()).putInt(16, 3);
        Files.write(f, future);
        assertThatThrownBy(() -> QemuSaveImage.read(f)).hasMessage("operation failed: image version is not supported (3 > 2)");
        assertThatThrownBy(() -> QemuSaveImage.read(dir.resolve("missing")))
                .hasMessageContaining("Failed to open domain image file '" + dir.resolve("missing") + "'");
    }
}
