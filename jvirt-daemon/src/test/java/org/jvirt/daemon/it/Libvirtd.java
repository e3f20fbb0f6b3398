package org.jvirt.daemon.it;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;

/** The shared real libvirtd 9.0 on a scratch socket (bin/lib/libvirtd-scratch.sh), the reference for jvirtd. */
final class Libvirtd {

    private static Path socket;

    private Libvirtd() {
    }

    /** Its read-write socket, starting it if needed; the test is skipped when libvirtd is not installed. */
    static synchronized Path socket() throws Exception {
        if (socket == null) {
            Path script = Cmd.root().resolve("bin/lib/libvirtd-scratch.sh");
            Cmd.Result start = Cmd.run(List.of(script.toString(), "start"), Map.of(), null, Duration.ofSeconds(60));
            Assumptions.assumeTrue(start.rc() == 0, "no scratch libvirtd: " + start.err());
            Cmd.Result s = Cmd.run(List.of(script.toString(), "socket"), Map.of(), null, Duration.ofSeconds(10));
            socket = Path.of(s.out().strip());
        }
        return socket;
    }

    static String uri() throws Exception {
        return "test+unix:///default?socket=" + socket();
    }

    static String roUri() throws Exception {
        return "test+unix:///default?socket=" + socket() + "-ro";
    }
}
