package org.jvirt.virsh;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.jvirt.driver.qemu.QemuTestGuest;
import org.jvirt.driver.qemu.QemuTestProcesses;
import org.jvirt.virsh.ScratchLibvirtdQemu.Result;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * jvirsh on a real QEMU guest (TCG) through qemu:///embed?root=TMP: define, start, console (the guest's shell
 * answers through the serial pty), suspend, resume, save, restore (the shell's state survived), ACPI shutdown,
 * start again, managedsave and start from it, destroy, undefine, with {@code domstate --reason} after every step
 * and virsh's exact messages. Every command is a separate in-process jvirsh run, so each one also opens the
 * driver afresh and finds the running guest again from its status file.
 */
class QemuVirshIT {

    private Path root;
    private String uri;
    private QemuTestGuest guest;

    @BeforeEach
    void setUp() throws Exception {
        guest = QemuTestGuest.get();
        root = Files.createTempDirectory(Path.of("/tmp"), "jvc");
        uri = "qemu:///embed?root=" + root;
    }

    @AfterEach
    void tearDown() throws Exception {
        if (root == null) {
            return;
        }
        QemuTestProcesses.kill(root.toString());
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    @Test
    @Timeout(900)
    void lifecycleThroughJvirsh() throws Exception {
        Path xml = root.resolve("vm.xml");
        Files.writeString(xml, guest.ptyDomainXml("vm"));
        Path image = root.resolve("vm.save");

        expect(run("define", xml.toString()), "Domain 'vm' defined from " + xml + "\n\n");
        state("shut off (unknown)");

        expect(run("start", "vm"), "Domain 'vm' started\n\n");
        state("running (booted)");
        String tty = run("ttyconsole", "vm").out().strip();
        assertThat(tty).matches("/dev/pts/\\d+");
        assertThat(run("dumpxml", "vm").out())
                .contains("<serial type='pty'>\n      <source path='" + tty + "'/>")
                .contains("<console type='pty' tty='" + tty + "'>");

        // console: the guest's shell sets a variable and answers; Ctrl-] leaves
        Result con = console("X=kept$((6*7)); echo con$((40+2))", "con42");
        assertThat(con.rc()).as(con.err()).isZero();
        assertThat(con.out()).startsWith("Connected to domain 'vm'\nEscape character is ^] (Ctrl + ])\n").contains("con42");
        state("running (booted)");

        // hotplug through virsh's helper commands: the guest sees the disk come and go
        Path extra = root.resolve("extra.img");
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(extra.toFile(), "rw")) {
            f.setLength(8 << 20);
        }
        expect(run("attach-disk", "vm", extra.toString(), "vdb", "--targetbus", "virtio"), "Disk attached successfully\n\n");
        assertThat(run("dumpxml", "vm").out()).contains("<target dev='vdb' bus='virtio'/>\n      <alias name='virtio-disk1'/>");
        // the guest names disks in the order it finds them: this first virtio disk is its vda
        console("echo hp=$(grep -c vd /proc/partitions)x", "hp=1x");
        expect(run("detach-disk", "vm", "vdb"), "Disk detached successfully\n\n");
        assertThat(run("dumpxml", "vm").out()).doesNotContain("vdb");
        console("echo hp=$(grep -c vd /proc/partitions)y", "hp=0y");
        expect(run("attach-disk", "vm", extra.toString(), "vdc", "--targetbus", "virtio", "--config"),
                "Disk attached successfully\n\n");
        assertThat(run("dumpxml", "vm", "--inactive").out()).contains("vdc");
        assertThat(run("dumpxml", "vm").out()).doesNotContain("vdc");
        expect(run("detach-disk", "vm", "vdc", "--config"), "Disk detached successfully\n\n");
        Result alias = run("detach-device-alias", "vm", "nosuch");
        assertThat(alias.err()).isEqualTo("error: Failed to detach device with alias nosuch\n"
                + "error: internal error: no device found with alias nosuch\n");

        expect(run("suspend", "vm"), "Domain 'vm' suspended\n\n");
        state("paused (user)");
        expect(run("resume", "vm"), "Domain 'vm' resumed\n\n");
        state("running (unpaused)");

        expect(run("save", "vm", image.toString()), "\nDomain 'vm' saved to " + image + "\n\n");
        state("shut off (saved)");
        assertThat(QemuTestProcesses.mentioning(root.toString())).isEmpty();
        expect(run("restore", image.toString()), "Domain restored from " + image + "\n\n");
        state("running (restored)");
        Result after = console("echo val=$X", "val=kept42");
        assertThat(after.out()).as("the shell's variable survived save and restore").contains("val=kept42");

        expect(run("shutdown", "vm"), "Domain 'vm' is being shutdown\n\n");
        assertThat(await(Duration.ofSeconds(120), () -> run("domstate", "vm").out().startsWith("shut off")))
                .as("ACPI power button powers the guest off").isTrue();
        state("shut off (shutdown)");
        assertThat(await(Duration.ofSeconds(10), () -> QemuTestProcesses.mentioning(root.toString()).isEmpty())).isTrue();

        expect(run("start", "vm"), "Domain 'vm' started\n\n");
        state("running (booted)");
        assertThat(console("echo again$((1+1))", "again2").out()).contains("again2");

        expect(run("managedsave", "vm"), "\nDomain 'vm' state saved by libvirt\n\n");
        state("shut off (saved)");
        assertThat(run("list", "--all", "--managed-save").out()).contains(" vm ").contains("saved");
        expect(run("start", "vm"), "Domain 'vm' started\n\n");
        state("running (restored)");

        expect(run("destroy", "vm"), "Domain 'vm' destroyed\n\n");
        state("shut off (destroyed)");
        assertThat(QemuTestProcesses.mentioning(root.toString())).isEmpty();
        Result notRunning = run("console", "vm");
        assertThat(notRunning.rc()).isEqualTo(1);
        assertThat(notRunning.err()).isEqualTo("error: The domain is not running\n");

        expect(run("undefine", "vm"), "Domain 'vm' has been undefined\n\n");
        Result gone = run("domstate", "vm", "--reason");
        assertThat(gone.rc()).isEqualTo(1);
        assertThat(gone.err()).isEqualTo("error: failed to get domain 'vm'\n");
        assertThat(run("list", "--all").out()).doesNotContain("vm");
    }

    /**
     * reboot (the guest powers off on ACPI: it must come back and boot again, which the serial file shows),
     * setmem through the balloon, setvcpus --config, vcpucount, dump --memory-only, and autostart once per host
     * boot, every command a separate jvirsh run as a user types them.
     */
    @Test
    @Timeout(900)
    void controlThroughJvirsh() throws Exception {
        Path serial = root.resolve("ctl.serial");
        Path xml = root.resolve("ctl.xml");
        Files.writeString(xml, guest.domainXml("qemu", "vm", guest.kernel().toString(), QemuTestGuest.fileSerial(serial))
                .replace("<vcpu>1</vcpu>", "<vcpu current='1'>2</vcpu>")
                .replace("<memballoon model='none'/>", "<memballoon model='virtio'/>"));
        String marker = guest.marker();
        expect(run("define", xml.toString()), "Domain 'vm' defined from " + xml + "\n\n");
        expect(run("setvcpus", "vm", "2", "--config"), "\n");
        expect(run("vcpucount", "vm"), "maximum      config         2\ncurrent      config         2\n\n");
        expect(run("setvcpus", "vm", "1", "--config"), "\n");
        expect(run("start", "vm"), "Domain 'vm' started\n\n");
        assertThat(await(Duration.ofSeconds(120), () -> markers(serial, marker) >= 1)).as("guest booted").isTrue();

        expect(run("reboot", "vm"), "Domain 'vm' is being rebooted\n\n");
        // this jvirsh is gone when the guest powers off; the next one finds QEMU stopped after SHUTDOWN with the
        // reboot recorded, and resets and resumes it (libvirtd would do it at once)
        assertThat(await(Duration.ofSeconds(150), () -> run("domstate", "vm").out().startsWith("running")
                && markers(serial, marker) >= 2)).as("the guest booted again after reboot").isTrue();
        state("running (booted)");
        assertThat(QemuTestProcesses.mentioning(root.toString())).hasSize(1);

        expect(run("setmem", "vm", "98304", "--live"), "\n");
        assertThat(await(Duration.ofSeconds(60), () -> run("dominfo", "vm").out().contains("Used memory:    98304 KiB")))
                .as("the guest's balloon driver gave the memory back").isTrue();
        Result tooBig = run("setmem", "vm", "262144", "--live");
        assertThat(tooBig.rc()).isEqualTo(1);
        assertThat(tooBig.err()).isEqualTo("error: invalid argument: cannot set memory higher than max memory\n");
        Result maxLive = run("setmaxmem", "vm", "100000");
        assertThat(maxLive.err()).isEqualTo("error: Unable to change MaxMemorySize\n"
                + "error: Requested operation is not valid: cannot resize the maximum memory on an active domain\n");
        expect(run("setvcpus", "vm", "2", "--config"), "\n");
        expect(run("vcpucount", "vm"), "maximum      config         2\nmaximum      live           2\n"
                + "current      config         2\ncurrent      live           1\n\n");

        Path core = root.resolve("vm.core");
        expect(run("dump", "vm", core.toString(), "--memory-only"), "\nDomain 'vm' dumped to " + core + "\n\n");
        byte[] head = new byte[4];
        try (var in = Files.newInputStream(core)) {
            assertThat(in.read(head)).isEqualTo(4);
        }
        assertThat(head).containsExactly(0x7f, 'E', 'L', 'F');
        state("running (unpaused)");

        expect(run("autostart", "vm"), "Domain 'vm' marked as autostarted\n\n");
        assertThat(run("dominfo", "vm").out()).contains("Autostart:      enable\n");
        expect(run("destroy", "vm"), "Domain 'vm' destroyed\n\n");
        state("shut off (destroyed)");
        state("shut off (destroyed)"); // same host boot: the next jvirsh does not bring it back
        Files.delete(root.resolve("run/qemu/autostarted")); // the host rebooted: /run is empty again
        state("running (booted)");
        assertThat(run("list", "--autostart", "--name").out()).isEqualTo("vm\n\n");
        expect(run("destroy", "vm"), "Domain 'vm' destroyed\n\n");
        expect(run("autostart", "vm", "--disable"), "Domain 'vm' unmarked as autostarted\n\n");
        expect(run("undefine", "vm"), "Domain 'vm' has been undefined\n\n");
        assertThat(QemuTestProcesses.mentioning(root.toString())).isEmpty();
    }

    private static int markers(Path serial, String marker) {
        try {
            return Files.exists(serial) ? Files.readString(serial).split(marker, -1).length - 1 : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private void state(String expected) {
        Result r = run("domstate", "vm", "--reason");
        assertThat(r.out()).as(r.err()).isEqualTo(expected + "\n\n");
        assertThat(r.rc()).isZero();
    }

    private static void expect(Result r, String out) {
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(out);
        assertThat(r.rc()).isZero();
    }

    private Result run(String... args) {
        return run(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream(), args);
    }

    private Result run(java.io.InputStream in, ByteArrayOutputStream out, String... args) {
        List<String> argv = new ArrayList<>(List.of("-c", uri));
        argv.addAll(List.of(args));
        return ScratchLibvirtdQemu.jvirsh(in, out, argv);
    }

    /**
     * {@code console vm} with scripted keys: types {@code line} (again every 2 s, as the guest's shell may not
     * read yet) until {@code expect} shows, then the escape character ^].
     */
    private Result console(String line, String expect) throws Exception {
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 4096);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CompletableFuture<Result> done = CompletableFuture.supplyAsync(() -> run(new TerminalInput(in), out, "console", "vm"));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        boolean seen = false;
        while (!seen && System.nanoTime() < deadline && !done.isDone()) {
            keys.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            keys.flush();
            seen = await(Duration.ofSeconds(2), () -> out.toString(StandardCharsets.UTF_8).contains(expect));
        }
        keys.write(0x1d);
        keys.flush();
        Result r = done.get(30, TimeUnit.SECONDS);
        keys.close();
        assertThat(seen).as("guest answered on the console: " + r.out() + r.err()).isTrue();
        return r;
    }


    private static boolean await(Duration timeout, BooleanSupplier cond) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!cond.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }
}
