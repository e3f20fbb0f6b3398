package org.jvirt.driver.qemu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A private driver root for one test (qemu:///embed?root=DIR under /tmp, kept short for unix socket paths), the
 * test guest's domain XML with its serial console in a file, and teardown that kills every QEMU whose command
 * line mentions the root (by pid, only those) and removes the directory.
 */
final class QemuDriverFixture implements AutoCloseable {

    final Path root;
    final QemuTestGuest guest;

    QemuDriverFixture() throws IOException {
        guest = QemuTestGuest.get();
        root = Files.createTempDirectory(Path.of("/tmp"), "jvq");
    }

    String uri() {
        return "qemu:///embed?root=" + root;
    }

    Path serialLog(String name) {
        return root.resolve(name + ".serial");
    }

    String xml(String name, String type) {
        return xml(name, type, guest.kernel().toString());
    }

    String xml(String name, String type, String kernel) {
        return guest.domainXml(type, name, kernel, QemuTestGuest.fileSerial(serialLog(name)));
    }

    /** As {@link #xml(String, String)} with the serial port on a pty (the console jvirsh attaches to). */
    String ptyXml(String name) {
        return guest.ptyDomainXml(name);
    }

    /** Waits for the guest's marker in its serial file. */
    boolean awaitMarker(String name, Duration timeout) throws InterruptedException {
        return await(timeout, () -> {
            try {
                return Files.exists(serialLog(name)) && Files.readString(serialLog(name)).contains(guest.marker());
            } catch (IOException e) {
                return false;
            }
        });
    }

    static boolean await(Duration timeout, BooleanSupplier cond) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    /** Pids of live QEMU processes started under this root. */
    List<Long> qemuPids() {
        return QemuTestProcesses.mentioning(root.toString());
    }

    /** Files left under a directory of the root, relative names. */
    List<String> files(String sub) throws IOException {
        Path d = root.resolve(sub);
        if (!Files.exists(d)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(d)) {
            // the state dir's once-per-boot autostart marker (libvirt's "autostarted") belongs to no run
            return s.filter(p -> !p.equals(d)).map(p -> d.relativize(p).toString())
                    .filter(n -> !("run/qemu".equals(sub) && "autostarted".equals(n))).sorted().toList();
        }
    }

    @Override
    public void close() throws IOException {
        QemuTestProcesses.kill(root.toString());
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
