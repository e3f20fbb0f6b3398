package org.jvirt.daemon.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jvirt.daemon.TestDaemon;
import org.jvirt.daemon.conf.HostPaths;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * python3-libvirt (the C library underneath, unchanged) on jvirtd and on libvirtd: the same API calls give the
 * same results, the same error codes, domains and messages, the same error-callback records, the same
 * read-only refusals, and the same domain events through libvirt's default event loop.
 */
class PythonIT {

    private static final Path SCRIPTS = Path.of("src/test/resources/python").toAbsolutePath();
    private static TestDaemon jvirtd;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Cmd.pythonLibvirt(), "no python3-libvirt under " + Cmd.PYTHON);
        Assumptions.assumeTrue(HostPaths.current().privileged(), "the read-only socket needs root");
        jvirtd = TestDaemon.start(Files.createTempDirectory("jvirtd-python"), "");
    }

    @AfterAll
    static void stop() {
        if (jvirtd != null) {
            jvirtd.close();
        }
    }

    private static Cmd.Result python(String script, String... args) throws Exception {
        List<String> argv = new java.util.ArrayList<>(List.of(Cmd.PYTHON, SCRIPTS.resolve(script).toString()));
        argv.addAll(List.of(args));
        Cmd.Result r = Cmd.run(argv, Map.of(), null, Duration.ofSeconds(60));
        assertThat(r.rc()).as(r.err()).isZero();
        return r;
    }

    @Test
    void apiCallsAndErrorsMatchLibvirtd() throws Exception {
        Cmd.Result want = python("api_calls.py", Libvirtd.uri(), Libvirtd.roUri());
        Cmd.Result got = python("api_calls.py", jvirtd.uri(), jvirtd.roUri());
        assertThat(got.out()).isEqualTo(want.out());
        // and the read-only socket's refusal is libvirt's record: VIR_ERR_OPERATION_DENIED in VIR_FROM_DOMAIN
        assertThat(got.out()).contains("ro.destroy ! code=29 domain=20 msg=operation forbidden: read only access prevents virDomainDestroy");
        assertThat(got.out()).contains("lookup-missing ! code=42 domain=12 msg=Domain not found");
    }

    @Test
    void eventsMatchLibvirtd() throws Exception {
        Cmd.Result want = python("events.py", Libvirtd.uri());
        Cmd.Result got = python("events.py", jvirtd.uri());
        assertThat(got.out()).contains("lifecycle test 3 0", "filtered test 3", "metadata test 1 None", "lifecycle foo 0 0");
        assertThat(got.out()).isEqualTo(want.out());
    }

    @Test
    void networkAndPoolEventsMatchLibvirtd() throws Exception {
        String tag = Long.toString(ProcessHandle.current().pid());
        Cmd.Result want = python("net_pool_events.py", Libvirtd.uri(), tag);
        Cmd.Result got = python("net_pool_events.py", jvirtd.uri(), tag);
        assertThat(got.out()).contains("all net npe-net 2 0", "all refresh npe-pool", "only pool npe-pool 5 0");
        assertThat(got.out()).isEqualTo(want.out());
    }
}
