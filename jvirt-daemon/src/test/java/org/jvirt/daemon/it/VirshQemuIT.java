package org.jvirt.daemon.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jvirt.daemon.ChildDaemon;
import org.jvirt.driver.qemu.QemuTestGuest;
import org.jvirt.driver.qemu.QemuTestProcesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Real virsh and python3-libvirt drive one real QEMU guest (TCG, the tiny test guest) through jvirtd's hosted
 * QEMU driver on qemu:///session (libvirt's client refuses qemu:///embed), with jvirtd's HOME and XDG
 * directories in a scratch directory: the whole virsh lifecycle with its output and the state after each
 * step, the serial console over the DOMAIN_OPEN_CONSOLE stream, and python's lifecycle event callbacks.
 */
class VirshQemuIT {

    private static final String NAME = "jvirt-virsh-qemu";
    private static final String MARKER = "JVIRT-GUEST-READY";

    private Path root;
    private ChildDaemon jvirtd;
    private String uri;

    @BeforeEach
    void setUp() throws Exception {
        Assumptions.assumeTrue(Cmd.available("qemu-system-x86_64"), "qemu-system-x86_64 is not installed");
        Assumptions.assumeTrue(Cmd.available("virsh"), "virsh is not installed");
        root = Files.createTempDirectory(Path.of("/tmp"), "jvq");
        Path home = Files.createDirectories(root.resolve("home"));
        jvirtd = ChildDaemon.start(root, Map.of("HOME", home.toString(),
                "XDG_CONFIG_HOME", home.resolve("config").toString(), "XDG_CACHE_HOME", home.resolve("cache").toString(),
                "XDG_RUNTIME_DIR", home.resolve("run").toString()));
        uri = "qemu+unix:///session?socket=" + jvirtd.rwSocket();
    }

    @AfterEach
    void tearDown() throws Exception {
        if (jvirtd != null) {
            Cmd.virsh(uri, "destroy", NAME);
            Cmd.virsh(uri, "undefine", NAME);
            jvirtd.close();
            // what jvirtd logged (warnings, a failed fake reboot...) for a failing run's report
            System.out.print(Files.readString(root.resolve("jvirtd.log")));
        }
        if (root != null) {
            QemuTestProcesses.kill(root.toString());
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private Cmd.Result virsh(String... args) throws Exception {
        return Cmd.virsh(uri, args);
    }

    /** Runs a virsh command that must succeed and returns its stdout. */
    private String ok(String... args) throws Exception {
        Cmd.Result r = virsh(args);
        assertThat(r.rc()).as("virsh %s: %s", String.join(" ", args), r.err()).isZero();
        assertThat(r.err()).as("virsh %s", String.join(" ", args)).isEmpty();
        return r.out();
    }

    @Test
    @Timeout(300)
    void virshAndPythonDriveARealGuestThroughJvirtd() throws Exception {
        QemuTestGuest guest = QemuTestGuest.get();
        Path disk = Files.write(root.resolve("vda.raw"), new byte[1 << 20]);
        Path extra = Files.write(root.resolve("vdb.raw"), new byte[1 << 20]);
        Path xml = Files.writeString(root.resolve("dom.xml"), guest.ptyDomainXml(NAME).replace("<memballoon model='none'/>",
                "<disk type='file' device='disk'><source file='" + disk + "'/><target dev='vda' bus='virtio'/></disk>\n"
                        + "    <memballoon model='virtio'/>"));

        assertThat(ok("define", xml.toString())).isEqualTo("Domain '" + NAME + "' defined from " + xml + "\n\n");
        assertThat(ok("domstate", NAME, "--reason")).isEqualTo("shut off (unknown)\n\n");
        sameAsLibvirtdWhileInactive(xml);
        assertThat(ok("list", "--all")).contains(" -    " + NAME + "   shut off");
        // what the session driver wrote stays in the scratch HOME
        assertThat(root.resolve("home/config/jvirt/qemu/" + NAME + ".xml")).exists();

        assertThat(ok("start", NAME)).isEqualTo("Domain '" + NAME + "' started\n\n");
        assertThat(ok("domstate", NAME, "--reason")).isEqualTo("running (booted)\n\n");
        String dominfo = ok("dominfo", NAME);
        assertThat(dominfo).matches("(?s)Id:\\s+\\d+\nName:\\s+" + NAME + "\nUUID:\\s+[0-9a-f-]{36}\nOS Type:\\s+hvm\n"
                + "State:\\s+running\nCPU\\(s\\):\\s+1\nCPU time:\\s+[\\d.]+s\nMax memory:\\s+131072 KiB\n"
                + "Used memory:\\s+131072 KiB\nPersistent:\\s+yes\nAutostart:\\s+disable\nManaged save:\\s+no\n"
                + "Security model:\\s+none\nSecurity DOI:\\s+0\n\n");

        String live = ok("dumpxml", NAME);
        assertThat(live).contains("<alias name='virtio-disk0'/>", "<alias name='serial0'/>", "<alias name='balloon0'/>");
        Matcher pty = Pattern.compile("<serial type='pty'>\\s*<source path='(/dev/pts/\\d+)'/>").matcher(live);
        assertThat(pty.find()).as("pty path in the live XML: %s", live).isTrue();
        assertThat(live).contains("<console type='pty' tty='" + pty.group(1) + "'>");

        StringBuffer serial = new StringBuffer();
        try (Tty tty = Tty.read(pty.group(1), serial)) {
            assertThat(await(Duration.ofSeconds(120), () -> serial.indexOf(MARKER) >= 0)).as("guest marker: %s", serial).isTrue();

            String blk = ok("domblkstat", NAME, "vda");
            assertThat(blk).matches("(?s)vda rd_req \\d+\nvda rd_bytes \\d+\nvda wr_req \\d+\nvda wr_bytes \\d+\n"
                    + "vda flush_operations \\d+\nvda rd_total_times \\d+\nvda wr_total_times \\d+\nvda flush_total_times \\d+\n\n");
            assertThat(ok("dommemstat", NAME)).startsWith("actual 131072\n").contains("\nrss ");

            assertThat(ok("suspend", NAME)).isEqualTo("Domain '" + NAME + "' suspended\n\n");
            assertThat(ok("domstate", NAME, "--reason")).isEqualTo("paused (user)\n\n");
            assertThat(ok("resume", NAME)).isEqualTo("Domain '" + NAME + "' resumed\n\n");
            assertThat(ok("domstate", NAME, "--reason")).isEqualTo("running (unpaused)\n\n");

            // the fake reboot: the power button, the guest's SHUTDOWN, then system_reset and cont at once
            assertThat(ok("reboot", NAME)).isEqualTo("Domain '" + NAME + "' is being rebooted\n\n");
            boolean back = await(Duration.ofSeconds(120), () -> count(serial, MARKER) >= 2);
            assertThat(back).as("the marker again after the reboot: %s; %s", serial, okQuiet("domstate", NAME, "--reason")).isTrue();
            assertThat(ok("domstate", NAME)).isEqualTo("running\n\n");
        }

        assertThat(ok("attach-disk", NAME, extra.toString(), "vdb", "--live")).isEqualTo("Disk attached successfully\n\n");
        assertThat(ok("domblklist", NAME)).contains(" vda      " + disk + "\n", " vdb      " + extra + "\n");
        assertThat(ok("dumpxml", NAME)).contains("<target dev='vdb' bus='virtio'/>", "<alias name='virtio-disk1'/>");
        assertThat(ok("detach-disk", NAME, "vdb", "--live")).isEqualTo("Disk detached successfully\n\n");
        assertThat(await(Duration.ofSeconds(30), () -> !okQuiet("domblklist", NAME).contains("vdb")))
                .as("vdb gone after the guest released it").isTrue();

        String console = virshConsole("echo con$((40+2))", "con42");
        assertThat(console).contains("Connected to domain '" + NAME + "'", "Escape character is ^] (Ctrl + ])", "con42");

        assertThat(ok("shutdown", NAME)).isEqualTo("Domain '" + NAME + "' is being shutdown\n\n");
        assertThat(await(Duration.ofSeconds(60), () -> okQuiet("domstate", NAME).equals("shut off\n\n")))
                .as("ACPI shutdown finished").isTrue();
        assertThat(ok("domstate", NAME, "--reason")).isEqualTo("shut off (shutdown)\n\n");

        pythonLifecycle();

        ok("start", NAME);
        assertThat(ok("destroy", NAME)).isEqualTo("Domain '" + NAME + "' destroyed\n\n");
        assertThat(ok("domstate", NAME, "--reason")).isEqualTo("shut off (destroyed)\n\n");
        Cmd.Result again = virsh("destroy", NAME);
        assertThat(again.rc()).isEqualTo(1);
        assertThat(again.err()).isEqualTo("error: Failed to destroy domain '" + NAME + "'\n"
                + "error: Requested operation is not valid: domain is not running\n");
        assertThat(ok("undefine", NAME)).isEqualTo("Domain '" + NAME + "' has been undefined\n\n");
        assertThat(ok("list", "--all")).doesNotContain(NAME);
        assertThat(root.resolve("home/config/jvirt/qemu/" + NAME + ".xml")).doesNotExist();
    }

    /**
     * The same domain defined on libvirtd's own QEMU driver (the shared scratch daemon; nothing started there):
     * virsh prints the same for the inactive domain on both, UUIDs masked. Skipped, with a line, without it.
     */
    private void sameAsLibvirtdWhileInactive(Path xml) throws Exception {
        Path sock = Path.of("/tmp/jvirt-libvirtd/libvirt-sock");
        String lv = "qemu+unix:///system?socket=" + sock;
        if (!Files.exists(sock) || Cmd.virsh(lv, "uri").rc() != 0) {
            System.out.println("VirshQemuIT: no scratch libvirtd with a QEMU driver, comparison skipped");
            return;
        }
        Cmd.virsh(lv, "undefine", NAME);
        Cmd.Result def = Cmd.virsh(lv, "define", xml.toString());
        assertThat(def.rc()).as(def.all()).isZero();
        try {
            for (List<String> cmd : List.of(List.of("dominfo", NAME), List.of("domstate", NAME, "--reason"),
                    List.of("destroy", NAME), List.of("suspend", NAME), List.of("resume", NAME), List.of("reboot", NAME),
                    List.of("shutdown", NAME), List.of("console", NAME), List.of("domblkstat", NAME, "vda"),
                    List.of("domblklist", NAME), List.of("dommemstat", NAME), List.of("detach-disk", NAME, "vdz"))) {
                String[] args = cmd.toArray(String[]::new);
                Cmd.Result want = Cmd.virsh(lv, args);
                Cmd.Result got = virsh(args);
                assertThat(maskUuid(got.all())).as(String.join(" ", cmd)).isEqualTo(maskUuid(want.all()));
            }
        } finally {
            Cmd.virsh(lv, "undefine", NAME);
        }
    }

    private static String maskUuid(String s) {
        return s.replaceAll("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "UUID");
    }

    /** python3-libvirt on the same jvirtd and guest: create, suspend, resume, ACPI shutdown, with event callbacks. */
    private void pythonLifecycle() throws Exception {
        if (!Cmd.pythonLibvirt()) {
            System.out.println("VirshQemuIT: python3-libvirt is missing, python lifecycle skipped");
            return;
        }
        String script = """
                import libvirt, threading, time, sys
                libvirt.virEventRegisterDefaultImpl()
                def loop():
                    while True:
                        libvirt.virEventRunDefaultImpl()
                threading.Thread(target=loop, daemon=True).start()
                events = []
                stopped = threading.Event()
                def cb(conn, dom, event, detail, opaque):
                    events.append((dom.name(), event, detail))
                    if event == libvirt.VIR_DOMAIN_EVENT_STOPPED:
                        stopped.set()
                conn = libvirt.open(sys.argv[1])
                conn.domainEventRegisterAny(None, libvirt.VIR_DOMAIN_EVENT_ID_LIFECYCLE, cb, None)
                dom = conn.lookupByName(sys.argv[2])
                dom.create()
                print("state", dom.state())
                dom.suspend()
                print("state", dom.state())
                dom.resume()
                print("state", dom.state())
                # the guest arms its power button once booted: press until it stops
                deadline = time.time() + 120
                while not stopped.is_set() and time.time() < deadline:
                    try:
                        dom.shutdown()
                    except libvirt.libvirtError as e:
                        pass
                    stopped.wait(3)
                time.sleep(0.5)
                print("state", dom.state())
                for e in events:
                    print("event", *e)
                """;
        Cmd.Result r = Cmd.run(List.of(Cmd.PYTHON, "-c", script, uri, NAME), Map.of(), null, Duration.ofSeconds(180));
        assertThat(r.rc()).as(r.all()).isZero();
        assertThat(r.out()).isEqualTo("""
                state [1, 1]
                state [3, 1]
                state [1, 5]
                state [5, 1]
                event %1$s 4 0
                event %1$s 2 0
                event %1$s 3 0
                event %1$s 4 0
                event %1$s 6 1
                event %1$s 5 0
                """.formatted(NAME));
    }

    /**
     * virsh console on a pseudo-terminal (util-linux script), typing {@code line} every 2 s until {@code expect}
     * shows, then Ctrl-] to leave; returns everything printed.
     */
    private String virshConsole(String line, String expect) throws Exception {
        Assumptions.assumeTrue(Cmd.available("script"), "util-linux script is missing: virsh console needs a tty");
        ProcessBuilder pb = new ProcessBuilder("script", "-qfec", "virsh -c '" + uri + "' console " + NAME + " --force", "/dev/null")
                .redirectErrorStream(true);
        pb.environment().put("LC_ALL", "C");
        pb.environment().put("TERM", "dumb");
        Process p = pb.start();
        StringBuffer seen = new StringBuffer();
        Thread reader = Thread.ofVirtual().start(() -> {
            byte[] b = new byte[4096];
            try (InputStream in = p.getInputStream()) {
                for (int n; (n = in.read(b)) > 0; ) {
                    seen.append(new String(b, 0, n, StandardCharsets.ISO_8859_1));
                }
            } catch (IOException e) {
                // done
            }
        });
        OutputStream in = p.getOutputStream();
        try {
            boolean answered = await(Duration.ofSeconds(10), () -> seen.indexOf("Escape character") >= 0);
            assertThat(answered).as("virsh console connected: %s", seen).isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            boolean got = false;
            while (!got && System.nanoTime() < deadline) {
                in.write((line + "\r").getBytes(StandardCharsets.US_ASCII));
                in.flush();
                got = await(Duration.ofSeconds(2), () -> seen.indexOf(expect) >= 0);
            }
            assertThat(got).as("the guest's shell answered through virsh console: %s", seen).isTrue();
            in.write(0x1d); // ^] ends virsh console
            in.flush();
            assertThat(p.waitFor(20, TimeUnit.SECONDS)).as("virsh console left on ^]: %s", seen).isTrue();
            assertThat(p.exitValue()).as(seen.toString()).isZero();
        } finally {
            p.destroyForcibly();
            reader.join(5000);
        }
        return seen.toString();
    }

    private String okQuiet(String... args) {
        try {
            return virsh(args).out();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static int count(CharSequence s, String what) {
        int n = 0;
        for (int i = s.toString().indexOf(what); i >= 0; i = s.toString().indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }

    private static boolean await(Duration timeout, BooleanSupplier done) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (done.getAsBoolean()) {
                return true;
            }
            Thread.sleep(200);
        }
        return done.getAsBoolean();
    }

    /** Collects what the guest prints on its serial pty (QEMU keeps the pty raw). */
    private record Tty(FileInputStream in) implements AutoCloseable {
        static Tty read(String path, StringBuffer into) throws IOException {
            FileInputStream in = new FileInputStream(path);
            Thread.ofVirtual().start(() -> {
                byte[] b = new byte[4096];
                try {
                    for (int n; (n = in.read(b)) > 0; ) {
                        into.append(new String(b, 0, n, StandardCharsets.ISO_8859_1));
                    }
                } catch (IOException e) {
                    // closed
                }
            });
            return new Tty(in);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }

}
