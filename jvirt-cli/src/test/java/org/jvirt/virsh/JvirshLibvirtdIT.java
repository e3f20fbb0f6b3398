package org.jvirt.virsh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * jvirsh as a client of a real libvirtd 9.0 (the shared scratch daemon): every golden script that talks to
 * test:///default runs with {@code test+unix:///default?socket=...} through real virsh and through jvirsh (the
 * pure-Java remote driver) against the same daemon; stdout, stderr and exit status must be identical. Each run
 * is its own connection, so the daemon's test:///default starts fresh for both.
 */
class JvirshLibvirtdIT {

    private static String uri;

    @BeforeAll
    static void daemon() throws Exception {
        Assumptions.assumeTrue(VirshCases.virshAvailable(), "no virsh on PATH");
        Path script = Path.of("../bin/lib/libvirtd-scratch.sh").toAbsolutePath().normalize();
        Process start = new ProcessBuilder(script.toString(), "start").redirectErrorStream(true).start();
        String why = new String(start.getInputStream().readAllBytes());
        if (!start.waitFor(60, TimeUnit.SECONDS) || start.exitValue() != 0) {
            System.out.println("JvirshLibvirtdIT skipped: no scratch libvirtd: " + why);
            Assumptions.abort("no scratch libvirtd");
        }
        Process sock = new ProcessBuilder(script.toString(), "socket").start();
        String path = new String(sock.getInputStream().readAllBytes()).strip();
        sock.waitFor(10, TimeUnit.SECONDS);
        uri = "test+unix:///default?socket=" + path;
    }

    @TestFactory
    Stream<DynamicTest> sameAsVirshOnLibvirtd() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : VirshCases.names()) {
            List<String> args = new ArrayList<>(VirshCases.args(name));
            if (!args.contains("test:///default")) {
                continue; // option parsing only: no daemon involved
            }
            args.replaceAll(a -> a.equals("test:///default") ? uri : a);
            tests.add(DynamicTest.dynamicTest(name, () -> {
                VirshCases.skipIfKnown(name);
                VirshCases.skipIfVirshUnreliable(name);
                VirshCases.freshTmp();
                VirshCases.Result want = VirshCases.virsh(args, VirshCases.env(name)).normalized();
                VirshCases.freshTmp();
                Map<String, String> env = new HashMap<>(System.getenv());
                VirshCases.UNSET.forEach(env::remove);
                env.putAll(VirshCases.env(name));
                VirshCases.Result got = VirshCases.jvirsh(args, env).normalized();
                assertEquals(want.out(), got.out(), name + ": stdout");
                assertEquals(want.err(), got.err(), name + ": stderr");
                assertEquals(want.rc(), got.rc(), name + ": exit status");
            }));
        }
        return tests.stream();
    }
}
