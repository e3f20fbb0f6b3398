package org.jvirt.daemon.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.daemon.TestDaemon;
import org.jvirt.driver.qemu.QemuTestGuest;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * DOMAIN_OPEN_CONSOLE over a stream: jvirt's remote driver opens the serial console of a real QEMU guest
 * (TCG, qemu:///embed served by jvirtd) and talks to the guest's shell through jvirtd's STREAM packets, both
 * ways; a shut-off domain is refused with libvirt's error.
 */
class ConsoleStreamIT {

    private Path root;
    private TestDaemon jvirtd;

    @BeforeEach
    void setUp() throws Exception {
        Assumptions.assumeTrue(Cmd.available("qemu-system-x86_64"), "qemu-system-x86_64 is not installed");
        root = Files.createTempDirectory(Path.of("/tmp"), "jvcs");
        jvirtd = TestDaemon.start(Files.createDirectories(root.resolve("sock")), "");
    }

    @AfterEach
    void tearDown() throws Exception {
        if (jvirtd != null) {
            jvirtd.close();
        }
        if (root != null) {
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    @Test
    @Timeout(300)
    void guestShellAnswersThroughTheConsoleStream() throws Exception {
        QemuTestGuest guest = QemuTestGuest.get();
        String uri = "qemu+unix:///embed?root=" + root.resolve("q") + "&socket=" + jvirtd.rwSocket();
        try (Connect c = Connect.open(uri)) {
            Domain dom = c.domainDefineXML(guest.ptyDomainXml("vm"), 0);
            try {
                org.jvirt.Stream refused = c.newStream(0);
                VirtException off = org.assertj.core.api.Assertions.catchThrowableOfType(VirtException.class,
                        () -> dom.openConsole(null, refused, 0));
                assertThat(off.getMessage()).isEqualTo("Requested operation is not valid: domain is not running");

                dom.create();
                org.jvirt.Stream st = c.newStream(0);
                dom.openConsole(null, st, 0);
                ByteArrayOutputStream seen = new ByteArrayOutputStream();
                Thread reader = Thread.ofPlatform().daemon().start(() -> {
                    byte[] buf = new byte[4096];
                    try {
                        for (int n; (n = st.recv(buf, 0, buf.length)) > 0; ) {
                            synchronized (seen) {
                                seen.write(buf, 0, n);
                            }
                        }
                    } catch (VirtException e) {
                        // the stream was aborted below
                    }
                });
                byte[] line = "echo con$((40+2))\n".getBytes(StandardCharsets.US_ASCII);
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(240);
                boolean answered = false;
                while (!answered && System.nanoTime() < deadline) {
                    st.send(line, 0, line.length);
                    long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
                    while (!answered && System.nanoTime() < until) {
                        Thread.sleep(100);
                        synchronized (seen) {
                            answered = seen.toString(StandardCharsets.UTF_8).contains("con42");
                        }
                    }
                }
                assertThat(answered).as("the guest's shell answered: %s", seen).isTrue();
                st.abort();
                dom.destroy();
                reader.join(TimeUnit.SECONDS.toMillis(30));
                assertThat(reader.isAlive()).isFalse();
            } finally {
                try {
                    dom.destroy();
                } catch (VirtException e) {
                    // already shut off
                }
                dom.undefine(0);
            }
        }
    }
}
