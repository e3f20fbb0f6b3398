package org.jvirt.driver.qemu.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.OptionalLong;

/**
 * What libvirt's virhostcpu.c reads from sysfs and procfs about host CPUs and threads: the count of possible
 * CPUs (the width of every cpumap), which are online, and a thread's CPU time and last CPU.
 */
public final class HostCpus {

    /** USER_HZ: the unit of utime/stime in /proc stat files. */
    private static final long TICKS_PER_SECOND = 100;

    private static final Path SYS_CPU = Path.of("/sys/devices/system/cpu");

    private HostCpus() {
    }

    /** virHostCPUGetCount: the highest CPU number in /sys/devices/system/cpu/present, plus one. */
    public static int count() {
        BitSet present = list(SYS_CPU.resolve("present"));
        return present != null && !present.isEmpty() ? present.length() : Runtime.getRuntime().availableProcessors();
    }

    /** virHostCPUGetOnlineBitmap: /sys/devices/system/cpu/online (every present CPU when the file is missing). */
    public static BitSet online() {
        BitSet on = list(SYS_CPU.resolve("online"));
        if (on == null) {
            on = new BitSet();
            on.set(0, count());
        }
        return on;
    }

    /** A sysfs CPU list file ("0-3,5") as a bitmap; null when unreadable. */
    static BitSet list(Path file) {
        try {
            return parseList(Files.readString(file).strip());
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    static BitSet parseList(String s) {
        BitSet b = new BitSet();
        if (s.isEmpty()) {
            return b;
        }
        for (String part : s.split(",")) {
            int dash = part.indexOf('-');
            int lo = Integer.parseInt(part.substring(0, dash < 0 ? part.length() : dash).strip());
            int hi = dash < 0 ? lo : Integer.parseInt(part.substring(dash + 1).strip());
            b.set(lo, hi + 1);
        }
        return b;
    }

    /** One thread's figures from /proc/PID/task/TID/stat (virProcessGetStatInfo). */
    public record ThreadStat(long cpuTimeNanos, int lastCpu) {
    }

    /** The stat of thread {@code tid} of process {@code pid}; empty when it is gone. */
    public static java.util.Optional<ThreadStat> threadStat(long pid, long tid) {
        try {
            return java.util.Optional.of(parseStat(Files.readString(Path.of("/proc", Long.toString(pid), "task", Long.toString(tid), "stat"))));
        } catch (IOException e) {
            return java.util.Optional.empty();
        }
    }

    /** Fields after "(comm) ": state is field 3 of proc(5); utime 14, stime 15, processor 39. */
    static ThreadStat parseStat(String s) {
        String[] f = s.substring(s.lastIndexOf(')') + 2).strip().split(" ");
        long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
        return new ThreadStat(ticks * (1_000_000_000L / TICKS_PER_SECOND), Integer.parseInt(f[36]));
    }

    /** Resident set size of a process in KiB (VmRSS of /proc/PID/status), empty when unknown. */
    public static OptionalLong rssKiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return OptionalLong.of(Long.parseLong(line.substring(6).strip().split("\\s+")[0]));
                }
            }
        } catch (IOException | RuntimeException e) {
            // gone
        }
        return OptionalLong.empty();
    }
}
