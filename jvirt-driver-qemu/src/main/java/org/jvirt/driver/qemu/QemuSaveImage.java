package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * The header of a save image, laid out as libvirt's virQEMUSaveHeader (qemu_saveimage.h): 16 bytes of magic
 * ("LibvirtQemudSave", or "LibvirtQemudPart" while the image is being written), then 19 host-order uint32s:
 * version (2), data_len (the domain XML with its NUL), was_running, format (0 = raw), cookieOffset and 14 unused.
 * The XML follows at byte 92 and QEMU's migration stream right after it, so restore needs no other config.
 * Pure layout code: the driver does the I/O around it.
 *
 * @param xml the inactive domain XML the image restores
 * @param wasRunning whether the guest ran when it was saved (restore resumes it unless told otherwise)
 * @param dataLen data_len: the bytes between the header and QEMU's stream (the XML, its NUL, any padding)
 */
record QemuSaveImage(String xml, boolean wasRunning, int dataLen) {

    static final String MAGIC = "LibvirtQemudSave";
    static final String PARTIAL = "LibvirtQemudPart";
    static final int VERSION = 2;
    static final int HEADER_SIZE = 16 + 19 * 4;
    /** Upper bound on the XML we accept from a file (libvirt reads any data_len; a corrupt one must not OOM us). */
    private static final int MAX_XML = 16 << 20;

    /** A new image's header for {@code xml}. */
    static QemuSaveImage of(String xml, boolean wasRunning) {
        return new QemuSaveImage(xml, wasRunning, xml.getBytes(StandardCharsets.UTF_8).length + 1);
    }

    private byte[] xmlBytes() {
        byte[] x = xml.getBytes(StandardCharsets.UTF_8);
        return Arrays.copyOf(x, dataLen); // trailing NUL (and padding), counted in data_len
    }

    /** Where QEMU's migration stream starts. */
    long dataOffset() {
        return HEADER_SIZE + (long) dataLen;
    }

    /** Header (with the partial magic) and XML, as written before the migration stream. */
    ByteBuffer encode(boolean complete) {
        byte[] x = xmlBytes();
        ByteBuffer b = ByteBuffer.allocate(HEADER_SIZE + x.length).order(ByteOrder.nativeOrder());
        b.put((complete ? MAGIC : PARTIAL).getBytes(StandardCharsets.US_ASCII));
        b.putInt(VERSION).putInt(x.length).putInt(wasRunning ? 1 : 0).putInt(0).putInt(0);
        b.position(HEADER_SIZE);
        b.put(x);
        return b.flip();
    }

    /** Marks a fully written image as complete: the final magic replaces the partial one (libvirt does the same). */
    static void markComplete(FileChannel f) throws IOException {
        f.write(ByteBuffer.wrap(MAGIC.getBytes(StandardCharsets.US_ASCII)), 0);
        f.force(true);
    }

    /** Reads and checks the header of {@code path}, with qemuSaveImageOpen's errors. */
    static QemuSaveImage read(Path path) {
        try (FileChannel f = FileChannel.open(path, StandardOpenOption.READ)) {
            return read(f);
        } catch (NoSuchFileException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU,
                    "Failed to open domain image file '%s': No such file or directory", path);
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU,
                    "Failed to open domain image file '%s': %s", path, e.getMessage());
        }
    }

    static QemuSaveImage read(FileChannel f) throws IOException {
        ByteBuffer h = ByteBuffer.allocate(HEADER_SIZE).order(ByteOrder.nativeOrder());
        while (h.hasRemaining() && f.read(h, h.position()) > 0) {
            // positional reads until the header is full or the file ends
        }
        if (h.hasRemaining()) {
            throw failed("failed to read qemu header");
        }
        h.flip();
        byte[] magic = new byte[16];
        h.get(magic);
        String m = new String(magic, StandardCharsets.US_ASCII);
        if (!m.equals(MAGIC)) {
            throw m.equals(PARTIAL) ? failed("save image is incomplete") : VirtException.of(ErrorCode.INVALID_ARG,
                    ErrorDomain.QEMU, "image magic is incorrect");
        }
        int version = h.getInt();
        if (version > VERSION || version < 1) {
            throw failed("image version is not supported (" + version + " > " + VERSION + ")");
        }
        int dataLen = h.getInt();
        boolean wasRunning = h.getInt() != 0;
        int format = h.getInt();
        if (format != 0) {
            throw failed("image format " + format + " (compressed) is not supported");
        }
        if (dataLen <= 0 || dataLen > MAX_XML) {
            throw failed("invalid XML length: " + dataLen);
        }
        ByteBuffer x = ByteBuffer.allocate(dataLen);
        while (x.hasRemaining() && f.read(x, HEADER_SIZE + x.position()) > 0) {
            // as above
        }
        if (x.hasRemaining()) {
            throw failed("failed to read domain XML");
        }
        int end = 0;
        while (end < dataLen && x.get(end) != 0) {
            end++;
        }
        return new QemuSaveImage(new String(x.array(), 0, end, StandardCharsets.UTF_8), wasRunning, dataLen);
    }

    private static VirtException failed(String msg) {
        return VirtException.of(ErrorCode.OPERATION_FAILED, ErrorDomain.QEMU, "%s", msg);
    }
}
