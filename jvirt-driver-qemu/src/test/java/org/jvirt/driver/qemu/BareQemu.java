package org.jvirt.driver.qemu;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The test guest on a bare qemu-system-x86_64 (no jvirt code in between): serial console on stdout, QMP on a
 * unix socket in a private temp directory. Tests use it to prove the guest and to talk to real QMP.
 */
public final class BareQemu implements AutoCloseable {

    private final Process process;
    private final Path dir;
    private final Path qmpSocket;
    private final StringBuilder serial = new StringBuilder();
    private final StringBuilder stderr = new StringBuilder();
    private boolean serialClosed; // guarded by serial: QEMU closed stdout, no more console output will come

    private BareQemu(Process process, Path dir, Path qmpSocket) {
        this.process = process;
        this.dir = dir;
        this.qmpSocket = qmpSocket;
        pump(process.getInputStream(), serial);
        pump(process.getErrorStream(), stderr);
    }

    /** Starts the guest; {@code paused} adds -S (CPUs stopped until QMP cont). */
    public static BareQemu start(QemuTestGuest guest, boolean paused) throws IOException {
        Path dir = Files.createTempDirectory("jvirt-qemu");
        Path sock = dir.resolve("qmp.sock");
        List<String> argv = new ArrayList<>(List.of(QemuTestGuest.qemuBinary().toString(),
                "-machine", "pc,accel=tcg", "-m", "128", "-nodefaults", "-no-user-config", "-display", "none",
                "-kernel", guest.kernel().toString(), "-initrd", guest.initrd().toString(),
                "-append", guest.cmdline(), "-serial", "stdio", "-monitor", "none",
                "-qmp", "unix:" + sock + ",server=on,wait=off"));
        if (paused) {
            argv.add("-S");
        }
        return new BareQemu(new ProcessBuilder(argv).start(), dir, sock);
    }

    public Path qmpSocket() {
        return qmpSocket;
    }

    public Process process() {
        return process;
    }

    /** Waits until the serial console has printed {@code text}; false on timeout or when QEMU exited first. */
    public boolean awaitSerial(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (serial) {
            while (serial.indexOf(text) < 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0 || serialClosed) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(serial, left);
            }
            return true;
        }
    }

    public String serial() {
        synchronized (serial) {
            return serial.toString();
        }
    }

    public String stderr() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    /** Waits for QEMU to exit by itself; its exit status, or -1 on timeout. */
    public int awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : -1;
    }

    private void pump(InputStream in, StringBuilder sink) {
        Thread.ofVirtual().start(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                char[] buf = new char[4096];
                for (int n; (n = r.read(buf)) >= 0; ) {
                    synchronized (sink) {
                        sink.append(buf, 0, n);
                        sink.notifyAll();
                    }
                }
            } catch (IOException ignored) {
                // the process went away: what was read is kept
            } finally {
                synchronized (sink) {
                    if (sink == serial) {
                        serialClosed = true;
                    }
                    sink.notifyAll();
                }
            }
        });
    }

    @Override
    public void close() throws IOException {
        process.destroyForcibly();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
