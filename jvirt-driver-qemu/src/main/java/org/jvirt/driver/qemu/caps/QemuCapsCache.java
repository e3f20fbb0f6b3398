package org.jvirt.driver.qemu.caps;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.jvirt.core.AtomicFiles;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;

/**
 * Probed capabilities per QEMU binary, in memory and in {@code <cacheDir>/capabilities/<hash>.json}, valid while
 * the binary's path, mtime and size and the host's KVM answer are unchanged (libvirt's virQEMUCapsCache), so that
 * only the first start after installing or upgrading QEMU pays for a probe.
 */
public final class QemuCapsCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final boolean hostKvm;
    private final Map<String, QemuBinaryCaps> memory = new ConcurrentHashMap<>();

    public QemuCapsCache(Path cacheDir, boolean hostKvm) {
        this.dir = cacheDir.resolve("capabilities");
        this.hostKvm = hostKvm;
    }

    /** Caps of {@code binary}; "Cannot check QEMU binary" when it is not there (libvirt's wording). */
    public QemuBinaryCaps lookup(Path binary) {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(binary, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU,
                    "Cannot check QEMU binary %s: No such file or directory", binary);
        } catch (IOException e) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU, "Cannot check QEMU binary %s: %s", binary, e.getMessage());
        }
        if (!Files.isExecutable(binary)) {
            throw VirtException.of(ErrorCode.SYSTEM_ERROR, ErrorDomain.QEMU,
                    "Cannot check QEMU binary %s: Permission denied", binary);
        }
        long mtime = attrs.lastModifiedTime().toMillis();
        long size = attrs.size();
        String key = binary.toString();
        QemuBinaryCaps c = memory.get(key);
        if (valid(c, key, mtime, size)) {
            return c;
        }
        Path file = dir.resolve(hash(key) + ".json");
        c = read(file);
        if (!valid(c, key, mtime, size)) {
            c = QemuCapsProbe.probe(binary, mtime, size, hostKvm, dir);
            try {
                AtomicFiles.write(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(c));
            } catch (IOException e) {
                // an unwritable cache only costs the next process a probe
            }
        }
        memory.put(key, c);
        return c;
    }

    private boolean valid(QemuBinaryCaps c, String binary, long mtime, long size) {
        return c != null && c.format() == QemuBinaryCaps.FORMAT && c.binary().equals(binary) && c.mtime() == mtime
                && c.size() == size && c.hostKvm() == hostKvm;
    }

    private static QemuBinaryCaps read(Path file) {
        try {
            return Files.exists(file) ? JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), QemuBinaryCaps.class) : null;
        } catch (IOException | RuntimeException e) {
            return null; // corrupt or from another format: probe again
        }
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every qemu-system-ARCH on the search path, first hit per name wins (libvirt looks them up on $PATH). */
    public static List<Path> installedBinaries(List<Path> searchPath) {
        TreeSet<String> seen = new TreeSet<>();
        List<Path> out = new ArrayList<>();
        for (Path d : searchPath) {
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> s = Files.list(d)) {
                for (Path p : s.sorted().toList()) {
                    String n = p.getFileName().toString();
                    if (QemuCapsProbe.archOf(p) != null && Files.isExecutable(p) && seen.add(n)) {
                        out.add(p);
                    }
                }
            } catch (IOException e) {
                // unreadable PATH entry: skip it as a shell would
            }
        }
        return out;
    }
}
