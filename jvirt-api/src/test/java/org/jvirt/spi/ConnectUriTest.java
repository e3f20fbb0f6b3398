package org.jvirt.spi;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectUriTest {

    @Test
    void splitsDriverTransportHostAndParams() {
        ConnectUri u = ConnectUri.parse("qemu+ssh://root@host.example:2222/system?socket=/tmp/s%20x&no_verify=1");
        assertThat(u.driver()).isEqualTo("qemu");
        assertThat(u.transport()).isEqualTo("ssh");
        assertThat(u.user()).isEqualTo("root");
        assertThat(u.host()).isEqualTo("host.example");
        assertThat(u.port()).isEqualTo(2222);
        assertThat(u.path()).isEqualTo("/system");
        assertThat(u.params()).containsEntry("socket", "/tmp/s x").containsEntry("no_verify", "1");
        assertThat(u.isLocal()).isFalse();
    }

    @Test
    void localUris() {
        ConnectUri u = ConnectUri.parse("test:///default");
        assertThat(u.driver()).isEqualTo("test");
        assertThat(u.transport()).isNull();
        assertThat(u.path()).isEqualTo("/default");
        assertThat(u.isLocal()).isTrue();
        assertThat(ConnectUri.parse("test:///tmp/node.xml").path()).isEqualTo("/tmp/node.xml");
    }
}
