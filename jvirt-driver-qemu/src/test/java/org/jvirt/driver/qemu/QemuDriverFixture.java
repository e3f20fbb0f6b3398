package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jvirt.Domain;
import org.jvirt.DomainState;
import org.jvirt.DomainStateReason;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A private driver root for one test (qemu:///embed?root=DIR under /tmp, kept short for unix socket paths), the
 * test guest's domain XML with its serial console in a file, and teardown that kills every QEMU whose command
 * line mentions the root (by pid, only those) and removes the directory. As a JUnit extension
 * ({@link #perTest()}) each test gets a fresh one.
 */
final class QemuDriverFixture implements AutoCloseable, BeforeEachCallback, AfterEachCallback {

    Path root;
    QemuTestGuest guest;

    QemuDriverFixture() throws IOException {
        open();
    }

    private QemuDriverFixture(Void later) {
    }

    /** For {@code @RegisterExtension}: opened before each test (skipped without QEMU), closed after it. */
    static QemuDriverFixture perTest() {
        return new QemuDriverFixture(null);
    }

    private void open() throws IOException {
        guest = QemuTestGuest.get();
        root = Files.createTempDirectory(Path.of("/tmp"), "jvq");
    }

    @Override
    public void beforeEach(ExtensionContext context) throws IOException {
        open();
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        close();
    }

    static void assertState(Domain d, DomainState state, int reason) {
        assertThat(d.getState(0)).isEqualTo(new DomainStateReason(state, reason));
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
        if (root == null) {
            return; // never opened: the test was skipped
        }
        QemuTestProcesses.kill(root.toString());
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
