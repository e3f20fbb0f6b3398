package org.jvirt.daemon.conf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** libvirt's virconf syntax and typed getters, with the messages libvirtd 9.0 prints for the same files. */
class ConfFileTest {

    private static ConfFile parse(String text) throws ConfigException {
        return ConfFile.parse("a.conf", text);
    }

    @Test
    void stringsNumbersListsAndComments() throws Exception {
        ConfFile f = parse("""
                # a comment
                unix_sock_dir = "/tmp/x"   # trailing comment
                listen_tcp = 1; tcp_port = '16600'
                keepalive_interval = -1
                tls_allowed_dn_list = [ "C=GB,O=A",
                    'C=FR', ]
                empty = []
                long_text = \"\"\"two
                lines\"\"\"
                after = 7
                """);
        assertThat(f.string("unix_sock_dir")).hasValue("/tmp/x");
        assertThat(f.bool("listen_tcp")).hasValue(true);
        assertThat(f.string("tcp_port")).hasValue("16600");
        assertThat(f.integer("keepalive_interval")).hasValue(-1);
        assertThat(f.stringList("tls_allowed_dn_list")).hasValue(List.of("C=GB,O=A", "C=FR"));
        assertThat(f.stringList("empty")).hasValue(List.of());
        assertThat(f.string("long_text")).hasValue("two\nlines");
        assertThat(f.uint("after")).hasValue(7L);
        assertThat(f.string("missing")).isEmpty();
    }

    @Test
    void firstOfTwoEqualKeysWins() throws Exception {
        assertThat(parse("a = 1\na = 2\n").uint("a")).hasValue(1L);
    }

    @Test
    void syntaxErrorsNameFileAndLine() {
        assertThatThrownBy(() -> parse("unix_sock_dir = \"/tmp/cfgt\"\nfoo = \n"))
                .hasMessage("configuration file syntax error: a.conf:2: expecting a value");
        assertThatThrownBy(() -> parse("unix_sock_dir = \"/tmp/cfgt\" x\n"))
                .hasMessage("configuration file syntax error: a.conf:1: expecting a separator");
        assertThatThrownBy(() -> parse("\n\nname \"x\"\n"))
                .hasMessage("configuration file syntax error: a.conf:3: expecting an assignment");
        assertThatThrownBy(() -> parse("x = \"open\n"))
                .hasMessage("configuration file syntax error: a.conf:1: unterminated string");
        assertThatThrownBy(() -> parse("x = [ \"a\" \"b\" ]"))
                .hasMessage("configuration file syntax error: a.conf:1: expecting a separator in list");
        assertThatThrownBy(() -> parse("x = [ \"a\""))
                .hasMessage("configuration file syntax error: a.conf:1: list is not closed with ]");
        assertThatThrownBy(() -> parse("1x = 2"))
                .hasMessage("configuration file syntax error: a.conf:1: expecting a name");
        assertThatThrownBy(() -> parse("x = -"))
                .hasMessage("configuration file syntax error: a.conf:1: unterminated number");
    }

    @Test
    void typeErrorsAreLibvirtsWords() throws Exception {
        ConfFile f = parse("s = 5\nu = \"x\"\nb = 2\nneg = -3\nbig = 4294967296\nl = [ 1 ]\n");
        assertThatThrownBy(() -> f.string("s")).hasMessage("internal error: a.conf: expected a string for 's' parameter");
        assertThatThrownBy(() -> f.uint("u")).hasMessage("internal error: a.conf: expected an unsigned integer for 'u' parameter");
        assertThatThrownBy(() -> f.bool("b")).hasMessage("internal error: a.conf: value for 'b' parameter must be 0 or 1");
        assertThatThrownBy(() -> f.uint("neg")).hasMessage("internal error: a.conf: expected an unsigned integer for 'neg' parameter");
        assertThatThrownBy(() -> f.uint("big")).hasMessage("internal error: a.conf: value for 'big' parameter must be in range 0:4294967295");
        assertThatThrownBy(() -> f.stringList("l")).hasMessageContaining("expected a string list for 'l' parameter");
        assertThatThrownBy(() -> f.integer("big")).hasMessage("internal error: a.conf: value for 'big' parameter must be in range -2147483648:2147483647");
    }

    @Test
    void missingFileIsReported(@TempDir Path dir) {
        Path p = dir.resolve("none.conf");
        assertThatThrownBy(() -> ConfFile.read(p)).hasMessage("Failed to open file '" + p + "': No such file or directory");
    }

    @Test
    void readsAFile(@TempDir Path dir) throws Exception {
        Path p = Files.writeString(dir.resolve("j.conf"), "max_clients = 12\n");
        assertThat(ConfFile.read(p).uint("max_clients")).hasValue(12L);
    }

    @Test
    void theDebianDefaultFileParses() throws Exception {
        Path debian = Path.of("/etc/libvirt/libvirtd.conf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(debian));
        ConfFile f = ConfFile.read(debian);
        // every setting is commented out in the shipped file
        assertThat(DaemonConfig.load(f, HostPaths.of(true, java.util.Map.of("HOME", "/root"))).maxClients()).isEqualTo(5000);
    }
}
