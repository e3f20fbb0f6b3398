package org.jvirt.daemon.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jvirt.daemon.TestDaemon;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Sys::Virt (Perl, over libvirt's C library): connect, list, lookup, a defined domain's lifecycle; as on libvirtd. */
class PerlIT {

    private static final Path SCRIPT = Path.of("src/test/resources/perl/sys_virt.pl").toAbsolutePath();

    private static Cmd.Result perl(String uri) throws Exception {
        Cmd.Result r = Cmd.run(List.of("perl", SCRIPT.toString(), uri), Map.of(), null, Duration.ofSeconds(60));
        assertThat(r.rc()).as(r.err()).isZero();
        return r;
    }

    @Test
    void sysVirtSeesWhatItSeesOnLibvirtd() throws Exception {
        Assumptions.assumeTrue(Cmd.run("perl", "-MSys::Virt", "-e", "1").rc() == 0, "no Sys::Virt (libsys-virt-perl)");
        try (TestDaemon jvirtd = TestDaemon.start(Files.createTempDirectory("jvirtd-perl"), "")) {
            Cmd.Result want = perl(Libvirtd.uri());
            Cmd.Result got = perl(jvirtd.uri());
            assertThat(got.out()).contains("define = perl1", "start = 1", "destroy-again ! 55 20");
            assertThat(got.out()).isEqualTo(want.out());
        }
    }
}
