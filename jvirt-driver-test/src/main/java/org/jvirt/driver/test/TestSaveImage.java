package org.jvirt.driver.test;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * libvirt's test-driver save image, byte-compatible: "TestGuestMagic\0" (15 bytes), the XML length as a native
 * (little-endian) int, then the XML. Core dumps are the magic alone.
 */
final class TestSaveImage {

    static final byte[] MAGIC = "TestGuestMagic\0".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_XML = 8192;

    private TestSaveImage() {
    }

    static void write(Path path, String xml, String what) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        ByteBuffer buf = ByteBuffer.allocate(MAGIC.length + 4 + body.length).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(MAGIC).putInt(body.length).put(body);
        writeBytes(path, buf.array(), what + ": open failed");
    }

    /** Creates/truncates the file with mode 0600, as libvirt's open(O_CREAT|O_TRUNC, S_IRUSR|S_IWUSR). */
    static void writeBytes(Path path, byte[] data, String openFailedText) {
        try {
            if (!Files.exists(path)) {
                Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.write(path, data);
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.TEST, "%s: %s", openFailedText, strerror(e));
        }
    }

    /** Reads and checks an image, returning its XML, with libvirt's messages for each way it can be wrong. */
    static String read(Path path) {
        byte[] data;
        try {
            data = Files.readAllBytes(path);
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.TEST,
                    "cannot read domain image '%s': %s", path, strerror(e));
        }
        if (data.length < MAGIC.length) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.TEST, "incomplete save header in '%s': Success", path);
        }
        if (!Arrays.equals(data, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.TEST, "mismatched header magic");
        }
        if (data.length < MAGIC.length + 4) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.TEST,
                    "failed to read metadata length in '%s': Success", path);
        }
        int len = ByteBuffer.wrap(data, MAGIC.length, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
        if (len < 1 || len > MAX_XML) {
            throw VirtException.of(ErrorCode.INTERNAL_ERROR, ErrorDomain.TEST, "length of metadata out of range");
        }
        if (data.length < MAGIC.length + 4 + len) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.TEST, "incomplete metadata in '%s': Success", path);
        }
        return new String(data, MAGIC.length + 4, len, StandardCharsets.UTF_8);
    }

    /** The C library's text for the errno behind a Java I/O failure. */
    static String strerror(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "Permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            String r = fse.getReason();
            return r.substring(0, 1).toUpperCase() + r.substring(1);
        }
        String m = e.getMessage();
        return m == null ? "Input/output error" : m;
    }
}
