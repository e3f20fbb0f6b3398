package org.jvirt.driver.remote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.flags.ConnectFlag;
import org.junit.jupiter.api.Test;

/**
 * URI -> (transport, endpoint, name). Expected values were recorded from libvirt 9.0's own client (python3-libvirt
 * and virsh against a fake daemon that logs CONNECT_OPEN's name and a fake ssh that logs its argv).
 */
class RemoteTargetsTest {

    private final FakeHost root = new FakeHost(0);
    private final FakeHost user = new FakeHost(1000);

    private RemoteTarget resolve(String uri) {
        return RemoteTargets.resolve(uri, 0, root, false);
    }

    @Test
    void unixSocketParamIsStrippedFromTheName() {
        RemoteTarget t = resolve("test+unix:///default?socket=/x");
        assertThat(t.transport()).isEqualTo(RemoteTransport.UNIX);
        assertThat(t.endpoint()).isEqualTo(new RemoteEndpoint.Unix("/x"));
        assertThat(t.name()).isEqualTo("test:///default");
        assertThat(t.openFlags()).isZero();
    }

    @Test
    void localUriGoesToLibvirtdsDefaultSocket() {
        assertThat(resolve("foo:///system").endpoint()).isEqualTo(new RemoteEndpoint.Unix("/var/run/libvirt/libvirt-sock"));
        assertThat(resolve("qemu:///session").endpoint()).isEqualTo(new RemoteEndpoint.Unix("/var/run/libvirt/libvirt-sock"));
        RemoteTarget ro = RemoteTargets.resolve("foo:///system", ConnectFlag.RO.value(), root, false);
        assertThat(ro.endpoint()).isEqualTo(new RemoteEndpoint.Unix("/var/run/libvirt/libvirt-sock-ro"));
        assertThat(ro.openFlags()).isEqualTo(RemoteTarget.OPEN_RO);
        assertThat(ro.name()).isEqualTo("foo:///system");
    }

    @Test
    void directModePrefersAnExistingPerDriverSocket() {
        root.files.add("/var/run/libvirt/virtqemud-sock");
        assertThat(resolve("qemu:///system").endpoint()).isEqualTo(new RemoteEndpoint.Unix("/var/run/libvirt/virtqemud-sock"));
        assertThat(resolve("qemu:///system?mode=legacy").endpoint())
                .isEqualTo(new RemoteEndpoint.Unix("/var/run/libvirt/libvirt-sock"));
        assertThat(resolve("network:///system?mode=direct").endpoint())
                .isEqualTo(new RemoteEndpoint.Unix("/var/run/libvirt/virtnetworkd-sock"));
    }

    @Test
    void sessionUrisOfOrdinaryUsersUseTheRuntimeDirectory() {
        user.env.put("XDG_RUNTIME_DIR", "/run/user/1000");
        RemoteTarget t = RemoteTargets.resolve("qemu:///session", 0, user, false);
        assertThat(t.endpoint()).isEqualTo(new RemoteEndpoint.Unix("/run/user/1000/libvirt/libvirt-sock"));
        assertThat(t.openFlags()).isEqualTo(RemoteTarget.OPEN_USER);
        // test+ URIs count as session URIs for non-root, as in remoteGetURIDaemonInfo
        assertThat(RemoteTargets.resolve("test+unix:///default", 0, user, false).endpoint())
                .isEqualTo(new RemoteEndpoint.Unix("/run/user/1000/libvirt/libvirt-sock"));
        user.env.clear();
        assertThat(RemoteTargets.resolve("qemu:///session", 0, user, false).endpoint())
                .isEqualTo(new RemoteEndpoint.Unix("/home/u/.cache/libvirt/libvirt-sock"));
        // the system URI of a user is still the system socket
        assertThat(RemoteTargets.resolve("qemu:///system", 0, user, false).endpoint())
                .isEqualTo(new RemoteEndpoint.Unix("/var/run/libvirt/libvirt-sock"));
    }

    @Test
    void passThroughParametersAreReEscapedAsLibvirtDoes() {
        assertThat(resolve("test+unix:///default?socket=/s&foo=bar%20baz&mode=legacy&x=a/b:c").name())
                .isEqualTo("test:///default?foo=bar%20baz&x=a%2Fb%3Ac");
        assertThat(resolve("test+unix:///default?socket=/s&x=b+c&y=%2B&&=v&z&w=a=b;q=1").name())
                .isEqualTo("test:///default?x=b%2Bc&y=%2B&z=&w=a%3Db&q=1");
        assertThat(resolve("test+unix:///default?socket=/s&a=%C3%A9&b=&c").name())
                .isEqualTo("test:///default?a=%C3%A9&b=&c=");
        assertThat(resolve("test+unix:///x?socket=/s&%41b=%7e").name()).isEqualTo("test:///x?Ab=~");
        assertThat(resolve("test+unix:///x?socket=/s&a%3Db=c").name()).isEqualTo("test:///x?a=b=c");
    }

    @Test
    void pathAndFragmentAreEscapedAsLibxml2Does() {
        assertThat(resolve("foo+unix:///system?socket=/s#frag").name()).isEqualTo("foo:///system#frag");
        assertThat(resolve("test+unix:///a%20b?socket=/s").name()).isEqualTo("test:///a%20b");
        assertThat(resolve("test+unix:///a:b,c;d@e(f)%7Eg%41?socket=/s").name()).isEqualTo("test:///a%3Ab,c;d@e(f)~gA");
        assertThat(resolve("test+unix:///x?socket=/s#f:g/h?i%41%20(j)").name()).isEqualTo("test:///x#f:g/h?iA%20(j)");
        assertThat(resolve("test+unix:/default?socket=/s").name()).isEqualTo("test:///default");
        assertThat(resolve("test+unix:default?socket=/s").name()).isEqualTo("test://default");
        assertThat(resolve("test+tcp://127.0.0.1:17509").name()).isEqualTo("test://");
        assertThat(resolve("test+tcp://127.0.0.1:17509/").name()).isEqualTo("test:///");
    }

    @Test
    void nameParameterAndRemoteSchemeOverrideTheName() {
        assertThat(resolve("test+unix:///default?socket=/s&name=qemu:///x").name()).isEqualTo("qemu:///x");
        assertThat(resolve("test+unix:///default?socket=/s&name=").name()).isEmpty();
        assertThat(resolve("remote+unix:///?socket=/s").name()).isEmpty();
        assertThat(resolve("remote:///").name()).isEmpty();
    }

    @Test
    void everyRemoteOnlyParameterIsStrippedWhateverItsCase() {
        RemoteTarget t = resolve("test+tcp://user@127.0.0.1:17509/default?no_verify=1&Socket=zz&NO_TTY=1&keyfile=k"
                + "&authfile=a&pkipath=p&tls_priority=t&sshauth=s&known_hosts=k&known_hosts_verify=n&command=c"
                + "&netcat=n&proxy=auto&no_sanity=1&mode=auto&other=1");
        assertThat(t.name()).isEqualTo("test:///default?other=1");
        assertThat(t.endpoint()).isEqualTo(new RemoteEndpoint.Tcp("127.0.0.1", 17509, null));
        assertThat(resolve("test+unix:///default?SOCKET=/y&socket=/z").endpoint()).isEqualTo(new RemoteEndpoint.Unix("/z"));
    }

    @Test
    void tcpAndTlsPortsAndHosts() {
        assertThat(resolve("test+tcp:///default").endpoint()).isEqualTo(new RemoteEndpoint.Tcp("localhost", 16509, null));
        assertThat(resolve("test+tcp://[::1]:17509/default").endpoint()).isEqualTo(new RemoteEndpoint.Tcp("::1", 17509, null));
        RemoteTarget tls = resolve("test://host.example/default");
        assertThat(tls.transport()).isEqualTo(RemoteTransport.TLS);
        assertThat(tls.endpoint()).isEqualTo(new RemoteEndpoint.Tcp("host.example", 16514, new RemoteTlsSettings(
                "/etc/pki/CA/cacert.pem", "/etc/pki/libvirt/clientcert.pem", "/etc/pki/libvirt/private/clientkey.pem",
                true)));
        assertThat(resolve("test+tls://h:1/default?pkipath=/p&no_verify=1").endpoint()).isEqualTo(new RemoteEndpoint.Tcp(
                "h", 1, new RemoteTlsSettings("/p/cacert.pem", "/p/clientcert.pem", "/p/clientkey.pem", false)));
    }

    @Test
    void userPkiFilesFallBackToTheSystemOnesOneByOne() {
        user.files.add("/home/u/.pki/libvirt/cacert.pem");
        RemoteTlsSettings tls = ((RemoteEndpoint.Tcp) RemoteTargets.resolve("test+tls://h/x", 0, user, false).endpoint()).tls();
        assertThat(tls).isEqualTo(new RemoteTlsSettings("/home/u/.pki/libvirt/cacert.pem",
                "/etc/pki/libvirt/clientcert.pem", "/etc/pki/libvirt/private/clientkey.pem", true));
    }

    @Test
    void sshWithSocketUsesNetcatAndLibvirtsArgv() {
        RemoteTarget t = resolve("test+ssh://joe@somehost:2222/default?socket=/tmp/rh/open.sock&command=/tmp/fakessh"
                + "&keyfile=/k%20f&no_tty=1&no_verify=1&extra=1");
        assertThat(t.name()).isEqualTo("test:///default?extra=1");
        assertThat(((RemoteEndpoint.Command) t.endpoint()).argv()).containsExactly("/tmp/fakessh", "-p", "2222", "-l", "joe",
                "-i", "/k f", "-T", "-e", "none", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no", "--",
                "somehost", "sh -c 'if 'nc' -q 2>&1 | grep \"requires an argument\" >/dev/null 2>&1; then ARG=-q0;"
                        + "else ARG=;fi;'nc' $ARG -U /tmp/rh/open.sock'");
    }

    @Test
    void sshWithoutSocketTriesVirtSshHelperFirst() {
        RemoteTarget t = RemoteTargets.resolve("qemu+ssh://somehost/system?x=it's", ConnectFlag.RO.value(), root, false);
        assertThat(((RemoteEndpoint.Command) t.endpoint()).argv()).containsExactly("ssh", "-T", "-e", "none", "--",
                "somehost", "sh -c 'which virt-ssh-helper 1>/dev/null 2>&1; if test $? = 0; then     virt-ssh-helper -r "
                        + "'''\\''qemu:///system?x=it%27s'\\''''; else    if 'nc' -q 2>&1 | grep \"requires an argument\" "
                        + ">/dev/null 2>&1; then ARG=-q0;else ARG=;fi;'nc' $ARG -U /var/run/libvirt/libvirt-sock-ro; fi'");
        RemoteTarget session = resolve("qemu+ssh://somehost/session");
        assertThat(((RemoteEndpoint.Command) session.endpoint()).argv()).last().isEqualTo(
                "sh -c 'which virt-ssh-helper 1>/dev/null 2>&1; if test $? = 0; then     virt-ssh-helper "
                        + "'qemu:///session'; else    if 'nc' -q 2>&1 | grep \"requires an argument\" >/dev/null 2>&1; "
                        + "then ARG=-q0;else ARG=;fi;'nc' $ARG -U /var/run/libvirt/libvirt-sock; fi'");
    }

    @Test
    void sshNativeProxyAndSessionUsers() {
        assertThat(((RemoteEndpoint.Command) resolve("qemu+ssh://h/system?mode=legacy&socket=/x%20y&proxy=native")
                .endpoint()).argv()).last().isEqualTo("sh -c 'virt-ssh-helper 'qemu:///system''");
        RemoteTarget t = RemoteTargets.resolve("qemu+ssh://h/session", 0, user, false);
        assertThat(((RemoteEndpoint.Command) t.endpoint()).argv()).last().isEqualTo("sh -c 'virt-ssh-helper 'qemu:///session''");
        assertThat(((RemoteEndpoint.Command) resolve("qemu+ssh://h/system?netcat=/usr/bin/n%20c").endpoint()).argv())
                .last().isEqualTo("sh -c 'if '''\\''/usr/bin/n c'\\'''' -q 2>&1 | grep \"requires an argument\" >/dev/null 2>&1;"
                        + " then ARG=-q0;else ARG=;fi;'''\\''/usr/bin/n c'\\'''' $ARG -U /var/run/libvirt/libvirt-sock'");
    }

    @Test
    void extRunsItsCommand() {
        assertThat(resolve("test+ext:///default?command=/bin/false").endpoint())
                .isEqualTo(new RemoteEndpoint.Command(List.of("/bin/false")));
    }

    @Test
    void libvirtsErrorsForBadUris() {
        expect("test+bogus:///default", ErrorCode.INVALID_ARG, ErrorDomain.REMOTE,
                "invalid argument: remote_open: transport in URL not recognised (should be tls|unix|ssh|ext|tcp|libssh2|libssh)");
        expect("test+unix://host/default", ErrorCode.INVALID_ARG, ErrorDomain.REMOTE,
                "invalid argument: using unix socket and remote server 'host' is not supported.");
        expect("test+unix:///default?socket=/s&no_verify=abc", ErrorCode.INVALID_ARG, ErrorDomain.REMOTE,
                "invalid argument: Failed to parse value of URI component no_verify");
        expect("qemu+ssh://h/system?proxy=bad", ErrorCode.INVALID_ARG, ErrorDomain.REMOTE,
                "invalid argument: Unnkown proxy type 'bad'");
        expect("qemu+ssh://h/system?mode=bogus", ErrorCode.INVALID_ARG, ErrorDomain.REMOTE,
                "invalid argument: Unknown remote mode 'bogus'");
        expect("qemu+ssh://h/system?proxy=netcat&mode=direct", ErrorCode.OPERATION_UNSUPPORTED, ErrorDomain.REMOTE,
                "Operation not supported: Cannot use direct socket mode for ssh transport");
        expect("qemu+ssh://h/system?netcat=/usr/bin/nc&proxy=native", ErrorCode.INVALID_ARG, ErrorDomain.RPC,
                "invalid argument: netcat path not valid with native proxy mode");
        expect("test+ext:///default", ErrorCode.INVALID_ARG, ErrorDomain.REMOTE,
                "invalid argument: remote_open: for 'ext' transport, command is required");
        // libvirt built without libssh2 (virNetSocketNewConnectLibSSH2's stub): ENOSYS
        expect("test+libssh2://h/default", ErrorCode.SYSTEM_ERROR, ErrorDomain.RPC,
                "libssh2 transport support was not enabled: Function not implemented");
        expect("test+libssh://h/default", ErrorCode.SYSTEM_ERROR, ErrorDomain.RPC,
                "libssh transport support was not enabled: Function not implemented");
    }

    private void expect(String uri, ErrorCode code, ErrorDomain domain, String message) {
        assertThatThrownBy(() -> resolve(uri)).isInstanceOfSatisfying(VirtException.class, e -> {
            assertThat(e.code()).isEqualTo(code);
            assertThat(e.domain()).isEqualTo(domain);
            assertThat(e.getMessage()).isEqualTo(message);
        });
    }
}
