package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What the driver reads about a QEMU process from /proc. QEMU processes outlive the JVM that started them, so
 * later processes see them as strangers: liveness must not count zombies, and identity is checked by the
 * command line (the monitor socket path is unique to one run).
 */
final class QemuProcs {

    /** USER_HZ: the unit of utime/stime in /proc/PID/stat, 100 on every Linux ABI the JDK supports. */
    private static final long TICKS_PER_SECOND = 100;

    private QemuProcs() {
    }

    /** True while the process exists and is not a zombie. */
    static boolean alive(long pid) {
        Optional<String> stat = stat(pid);
        if (stat.isEmpty()) {
            return false;
        }
        String s = stat.get();
        int close = s.lastIndexOf(')');
        return close > 0 && close + 2 < s.length() && s.charAt(close + 2) != 'Z' && s.charAt(close + 2) != 'X';
    }

    /** True when {@code pid} is alive and its command line mentions {@code needle} (e.g. its monitor socket). */
    static boolean aliveWith(long pid, String needle) {
        if (!alive(pid)) {
            return false;
        }
        try {
            String cmdline = new String(Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline")), StandardCharsets.UTF_8);
            return cmdline.contains(needle);
        } catch (IOException e) {
            return false;
        }
    }

    /** User + system CPU time in nanoseconds, 0 when the process is gone. */
    static long cpuTimeNanos(long pid) {
        Optional<String> stat = stat(pid);
        if (stat.isEmpty()) {
            return 0;
        }
        String s = stat.get();
        String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
        // after "(comm) ": state is field 3 of the man page; utime and stime are fields 14 and 15
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return ticks * (1_000_000_000L / TICKS_PER_SECOND);
    }

    private static Optional<String> stat(long pid) {
        try {
            return Optional.of(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
