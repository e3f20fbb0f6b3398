package org.jvirt.daemon.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bin/jvirtd as a user runs it: --daemon returns once listening, --timeout ends an idle daemon, errors exit. */
class LauncherIT {

    @TempDir
    Path dir;

    private Cmd.Result jvirtd(String... args) throws Exception {
        List<String> argv = new java.util.ArrayList<>(List.of(Cmd.root().resolve("bin/jvirtd").toString()));
        argv.addAll(List.of(args));
        return Cmd.run(argv, Map.of(), dir, Duration.ofSeconds(120));
    }

    @Test
    void daemonModeListensWritesPidAndTimesOut() throws Exception {
        Path conf = Files.writeString(dir.resolve("j.conf"), "unix_sock_dir = \"" + dir.resolve("s") + "\"\n");
        Path pid = dir.resolve("jvirtd.pid");
        Cmd.Result r = jvirtd("--daemon", "--config", conf.toString(), "--pid-file", pid.toString(), "--timeout", "2");
        assertThat(r.err()).isEmpty();
        assertThat(r.rc()).isZero();
        // --daemon returned: the socket already answers
        assertThat(Files.exists(dir.resolve("s/libvirt-sock"))).isTrue();
        long daemonPid = Long.parseLong(Files.readString(pid).strip());
        assertThat(ProcessHandle.of(daemonPid)).isPresent();
        if (Cmd.available("virsh")) {
            assertThat(Cmd.virsh("test+unix:///default?socket=" + dir.resolve("s/libvirt-sock"), "domstate", "test").out())
                    .isEqualTo("running\n\n");
        }
        // no client for 2 seconds: it exits and cleans up after itself
        ProcessHandle h = ProcessHandle.of(daemonPid).orElseThrow();
        h.onExit().get(20, java.util.concurrent.TimeUnit.SECONDS);
        assertThat(Files.exists(pid)).isFalse();
        assertThat(Files.exists(dir.resolve("s/libvirt-sock"))).isFalse();
    }

    @Test
    void startErrorsAreReportedWithLibvirtdsExitCodes() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.conf"), "listen_tcp = \n");
        Cmd.Result r = jvirtd("--daemon", "--config", bad.toString(), "--pid-file", dir.resolve("p").toString());
        assertThat(r.rc()).isEqualTo(7);
        assertThat(r.err()).contains("configuration file syntax error: " + bad + ":1: expecting a value");

        Cmd.Result missing = jvirtd("--config", dir.resolve("none.conf").toString(), "--pid-file", dir.resolve("p").toString());
        assertThat(missing.rc()).isEqualTo(7);
        assertThat(missing.err()).contains("Failed to open file");

        Cmd.Result timeout = jvirtd("--timeout", "soon");
        assertThat(timeout.rc()).isEqualTo(1);
        assertThat(timeout.err()).isEqualTo("jvirtd: Invalid value for timeout\n");

        // a second daemon on the same sockets is refused, not allowed to steal them
        Path conf = Files.writeString(dir.resolve("j.conf"), "unix_sock_dir = \"" + dir.resolve("s") + "\"\n");
        Path pid = dir.resolve("one.pid");
        assertThat(jvirtd("--daemon", "--config", conf.toString(), "--pid-file", pid.toString(), "--timeout", "5").rc()).isZero();
        Cmd.Result second = jvirtd("--daemon", "--config", conf.toString(), "--pid-file", dir.resolve("two.pid").toString());
        assertThat(second.rc()).isEqualTo(6);
        assertThat(second.err()).contains("Address already in use");
        Cmd.Result samePid = jvirtd("--config", conf.toString(), "--pid-file", pid.toString());
        assertThat(samePid.rc()).isEqualTo(1);
        assertThat(samePid.err()).contains("Failed to acquire pid file");
        ProcessHandle.of(Long.parseLong(Files.readString(pid).strip())).ifPresent(ProcessHandle::destroy);
    }
}
