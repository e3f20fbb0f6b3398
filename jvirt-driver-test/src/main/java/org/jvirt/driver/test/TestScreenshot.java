package org.jvirt.driver.test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import org.jvirt.spi.StreamDriver;

/**
 * The image test:///default's screenshot sends (libvirt's test driver streams a PNG it ships). jvirt draws its
 * own: a grayscale PNG built here from its chunks, so no binary asset is needed. Only the MIME type and
 * that the bytes form a valid image are observable to virsh.
 */
final class TestScreenshot {

    static final String MIME = "image/png";
    static final int WIDTH = 320;
    static final int HEIGHT = 240;

    private static final byte[] PNG = build();

    private TestScreenshot() {
    }

    /** A fresh stream over the image: recv hands it out, then 0 at its end. */
    static StreamDriver stream() {
        return new StreamDriver() {
            private int pos;

            @Override
            public synchronized int recv(byte[] buf, int off, int len) {
                int n = Math.min(len, PNG.length - pos);
                System.arraycopy(PNG, pos, buf, off, n);
                pos += n;
                return n;
            }

            @Override
            public void finish() {
                // nothing is pending: the image was handed out from memory
            }

            @Override
            public void abort() {
                // as finish
            }
        };
    }

    static byte[] png() {
        return PNG.clone();
    }

    /** Signature, IHDR (8-bit grayscale), one IDAT of filter-0 rows with a diagonal gradient, IEND. */
    private static byte[] build() {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        for (int y = 0; y < HEIGHT; y++) {
            raw.write(0);
            for (int x = 0; x < WIDTH; x++) {
                raw.write((x + y) & 0xff);
            }
        }
        Deflater d = new Deflater();
        d.setInput(raw.toByteArray());
        d.finish();
        ByteArrayOutputStream z = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (!d.finished()) {
            z.write(buf, 0, d.deflate(buf));
        }
        d.end();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        chunk(out, "IHDR", ByteBuffer.allocate(13).putInt(WIDTH).putInt(HEIGHT)
                .put((byte) 8).put((byte) 0).put((byte) 0).put((byte) 0).put((byte) 0).array());
        chunk(out, "IDAT", z.toByteArray());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(t);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
