package org.jvirt.daemon.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.jvirt.daemon.TestDaemon;
import org.jvirt.daemon.conf.HostPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real virsh on jvirtd: the read-only socket refusing what libvirtd refuses, and `virsh event --loop`
 * seeing the lifecycle events another client causes, each compared with libvirtd's output for the same
 * command lines.
 */
class VirshIT {

    private static TestDaemon jvirtd;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Cmd.available("virsh"), "no virsh");
        jvirtd = TestDaemon.start(Files.createTempDirectory("jvirtd-virsh-it"), "");
    }

    @AfterAll
    static void stop() {
        if (jvirtd != null) {
            jvirtd.close();
        }
    }

    private static String mask(String s) throws Exception {
        return s.replace(Libvirtd.socket().toString(), "SOCKET").replace(jvirtd.rwSocket().toString(), "SOCKET")
                // the test driver's CPU times follow the clock
                .replaceAll("(?m)^(CPU time:\\s+)[\\d.]+s$", "$1N.Ns");
    }

    private static void sameAsLibvirtd(Cmd.Result want, Cmd.Result got) throws Exception {
        assertThat(mask(got.out())).isEqualTo(mask(want.out()));
        assertThat(mask(got.err())).isEqualTo(mask(want.err()));
        assertThat(got.rc()).isEqualTo(want.rc());
    }

    @Test
    void readWriteSocketServesVirsh() throws Exception {
        Cmd.Result r = Cmd.virsh(jvirtd.uri(), "list", "--all");
        assertThat(r.out()).contains(" 1    test   running");
        assertThat(r.rc()).isZero();
    }

    @Test
    void readOnlySocketRefusesLikeLibvirtd() throws Exception {
        Assumptions.assumeTrue(HostPaths.current().privileged(), "read-only socket needs root");
        // the flag-less calls (shutdown, setvcpus, save, restore, vcpupin, schedinfo --set, net-define,
        // net-create, dump) are refused naming the flag-less entry point (virDomainShutdown), as libvirtd does
        Path net = Files.createTempFile("jvirtd-ro-net", ".xml");
        Files.writeString(net, "<network><name>ro-net</name></network>");
        Path scratch = Files.createTempDirectory("jvirtd-ro");
        for (String cmd : List.of("shutdown test", "setvcpus test 1", "save test " + scratch.resolve("s"),
                "restore " + scratch.resolve("s"), "vcpupin test 0 0", "schedinfo test --set weight=10",
                "net-define " + net, "net-create " + net, "dump test " + scratch.resolve("d"),
                "pool-destroy default-pool", "pool-refresh default-pool", "vol-create-as default-pool v 1M",
                "snapshot-create-as test s1", "snapshot-list test", "pool-info default-pool")) {
            Cmd.Result want = Cmd.virsh(Libvirtd.roUri(), cmd);
            Cmd.Result got = Cmd.virsh(jvirtd.roUri(), cmd);
            sameAsLibvirtd(want, got);
        }
        assertThat(Cmd.virsh(jvirtd.roUri(), "shutdown test").err())
                .contains("operation forbidden: read only access prevents virDomainShutdown\n");
        for (String cmd : List.of("destroy test", "suspend test", "resume test", "undefine test", "setmem test 1024",
                "setmaxmem test 1024", "reboot test", "reset test", "managedsave test", "autostart test",
                "desc test --new-desc x", "net-destroy default", "net-start default", "net-undefine default",
                "net-autostart default", "list --all", "dominfo test", "dumpxml test --security-info", "domstate test",
                "net-list --all", "vcpuinfo test", "schedinfo test")) {
            Cmd.Result want = Cmd.virsh(Libvirtd.roUri(), cmd);
            Cmd.Result got = Cmd.virsh(jvirtd.roUri(), cmd);
            sameAsLibvirtd(want, got);
        }
        Cmd.Result destroy = Cmd.virsh(jvirtd.roUri(), "destroy", "test");
        assertThat(destroy.err()).contains("operation forbidden: read only access prevents virDomainDestroy");
        assertThat(destroy.rc()).isEqualTo(1);
    }

    @Test
    void eventLoopSeesLifecycleEvents() throws Exception {
        String actions = "suspend test; resume test; destroy test; start test; desc test --title --new-desc x";
        Cmd.Result want = watchWhile(Libvirtd.uri(), actions);
        Cmd.Result got = watchWhile(jvirtd.uri(), actions);
        assertThat(got.out()).contains("event 'lifecycle' for domain 'test': Suspended Paused",
                "event 'lifecycle' for domain 'test': Stopped Destroyed", "event 'lifecycle' for domain 'test': Started Booted",
                "event 'metadata-change' for domain 'test': type title, uri <null>");
        sameAsLibvirtd(want, got);
    }

    /** `virsh event --all --loop` in the background while a second virsh acts on the same test:///default. */
    private static Cmd.Result watchWhile(String uri, String actions) throws Exception {
        CompletableFuture<Cmd.Result> watcher = CompletableFuture.supplyAsync(() -> {
            try {
                return Cmd.run(List.of("virsh", "-c", uri, "event", "--all", "--loop", "--timeout", "4"), Map.of(), null,
                        Duration.ofSeconds(30));
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        // the watcher connects and registers well within this; its connection keeps the state shared
        Thread.sleep(1500);
        Cmd.Result act = Cmd.virsh(uri, actions);
        assertThat(act.rc()).as(act.err()).isZero();
        return watcher.get();
    }
}
