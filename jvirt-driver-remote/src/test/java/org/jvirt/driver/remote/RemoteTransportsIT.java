package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.jvirt.driver.remote.OracleSteps.i;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.jvirt.Connect;
import org.jvirt.Domain;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The unix, ssh, ext and tcp transports against the real scratch libvirtd, each compared with python3-libvirt
 * going the same way: the same results when the link works, the same error records when it does not. ssh is
 * the system's client or a stand-in that runs the remote command on this host (there is no sshd here); tcp
 * goes through a local forwarder to the daemon's socket.
 */
class RemoteTransportsIT {

    private static String socket;
    private static Path dir;
    private static Path fakeSsh;
    private static Path failingSsh;
    private static Path failingExt;
    private static Path sshLog;

    @BeforeAll
    static void setUp() throws Exception {
        socket = LibvirtdScratch.socket();
        LibvirtdScratch.requirePython();
        dir = Files.createTempDirectory("jvirt-remote-transports");
        sshLog = dir.resolve("ssh-argv");
        // records its argv, then runs the remote command here through a shell, as sshd would there
        fakeSsh = script("fake-ssh", "#!/bin/sh\nprintf '%s\\n' \"$@\" > '" + sshLog + "'\n"
                + "eval \"last=\\${$#}\"\nexec sh -c \"$last\"\n");
        // an ssh that cannot reach its host: ssh's message and exit status, after the moment a real one takes
        // (the client has written its first call by then, so both clients see the same reset)
        failingSsh = script("failing-ssh", "#!/bin/sh\nsleep 0.3\n"
                + "echo 'ssh: connect to host somehost port 22: Connection refused' >&2\nexit 255\n");
        failingExt = script("failing-ext", "#!/bin/sh\nsleep 0.3\nexit 1\n");
    }

    private static Path script(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (dir != null) {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    static OracleSteps<Connect> connectedSteps() {
        return new OracleSteps<Connect>()
                .step("type", "c.getType()", Connect::getType)
                .step("hostname", "c.getHostname()", Connect::getHostname)
                .step("secure", "c.isSecure()", c -> i(c.isSecure()))
                .step("encrypted", "c.isEncrypted()", c -> i(c.isEncrypted()))
                .step("alive", "c.isAlive()", c -> i(c.isAlive()))
                .step("domains", "sorted([d.name() for d in c.listAllDomains(0)])",
                        c -> c.listAllDomains(0).stream().map(Domain::getName).sorted().toList())
                .step("info", "c.lookupByName('test').info()[:4]", c -> {
                    var f = c.domainLookupByName("test").getInfo();
                    return List.of(f.state().value(), f.maxMem(), f.memory(), f.nrVirtCpu());
                })
                .step("noName", "c.lookupByName('nope')", c -> c.domainLookupByName("nope"));
    }

    private static void compare(String uri, OracleSteps<Connect> steps) throws Exception {
        RemoteTransportsITSupport.compare(uri, steps);
    }

    private static OracleSteps<Connect> openOnly() {
        return new OracleSteps<Connect>().step("type", "c.getType()", Connect::getType);
    }

    @Test
    void unixSocketGivenInTheUri() throws Exception {
        compare("test+unix:///default?socket=" + socket, connectedSteps());
    }

    @Test
    void sshThroughNetcatOnTheRemoteSide() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/nc")), "netcat (netcat-openbsd) not installed");
        String uri = "test+ssh://joe@somehost:2222/default?socket=" + socket + "&command=" + fakeSsh + "&no_tty=1";
        compare(uri, connectedSteps());
        assertThat(Files.readAllLines(sshLog)).containsExactly("-p", "2222", "-l", "joe", "-T", "-e", "none",
                "-o", "BatchMode=yes", "--", "somehost", "sh -c 'if 'nc' -q 2>&1 | grep \"requires an argument\" "
                        + ">/dev/null 2>&1; then ARG=-q0;else ARG=;fi;'nc' $ARG -U " + socket + "'");
    }

    @Test
    void sshThroughVirtSshHelperThatCannotReachItsDaemon() throws Exception {
        assumeTrue(!Files.exists(Path.of("/var/run/libvirt/libvirt-sock")), "a system libvirtd is running here");
        compare("test+ssh://somehost/default?command=" + fakeSsh + "&proxy=native", openOnly());
    }

    @Test
    void sshThatCannotReachItsHost() throws Exception {
        compare("test+ssh://somehost/default?command=" + failingSsh, openOnly());
    }

    @Test
    void theSystemSshClientRefused() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/ssh")), "no ssh client");
        compare("test+ssh://127.0.0.1:1/default?no_tty=1", openOnly());
    }

    @Test
    void sshOrExtCommandsThatCannotRun() throws Exception {
        // libvirt races here: its first write may hit EPIPE ("Cannot write data: Broken pipe") before its read
        // sees the child's error ("Cannot recv data: ..."); either way the record is SYSTEM_ERROR in RPC
        for (String uri : List.of("test+ssh://h/default?command=/nonexistent/ssh", "test+ssh://h/default?command=nosuchssh",
                "test+ext:///default?command=/nonexistent/x")) {
            RemoteTransportsITSupport.compareOpenErrorCode(uri);
        }
    }

    @Test
    void extCommandThatExits() throws Exception {
        compare("test+ext:///default?command=" + failingExt, openOnly());
    }

    @Test
    void tcpThroughAForwarder() throws Exception {
        try (UnixForwarder f = new UnixForwarder(socket, null)) {
            compare("test+tcp://127.0.0.1:" + f.port() + "/default", connectedSteps());
        }
    }

    @Test
    void tcpRefusedAndUnresolvable() throws Exception {
        compare("test+tcp://127.0.0.1:1/default", openOnly());
        compare("test+tcp://nosuchhost.invalid/default", openOnly());
    }

    @Test
    void aLocalUriNoDriverTookGoesToTheLocalDaemonSocket() throws Exception {
        assumeTrue(!Files.exists(Path.of("/var/run/libvirt/libvirt-sock")), "a system libvirtd is running here");
        compare("foo:///system", openOnly());
        compare("qemu:///system", openOnly());
        // and virsh prints the same message after its own first line
        if (Files.isExecutable(Path.of("/usr/bin/virsh"))) {
            var r = LibvirtdScratch.run(List.of("/usr/bin/virsh", "-c", "foo:///system", "uri"));
            String message;
            try {
                Connect.open("foo:///system").close();
                message = null;
            } catch (VirtException e) {
                message = e.getMessage();
            }
            assertThat(r.out()).isEqualTo("error: failed to connect to the hypervisor\nerror: " + message + "\n");
        }
    }
}
