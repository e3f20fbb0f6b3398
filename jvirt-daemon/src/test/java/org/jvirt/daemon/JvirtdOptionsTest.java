package org.jvirt.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JvirtdOptionsTest {

    @Test
    void libvirtdsOptionsLongShortAndInline() throws Exception {
        JvirtdOptions o = JvirtdOptions.parse(List.of("--config", "/a.conf", "-p", "/p.pid", "--daemon", "-t", "30", "--listen", "-v"));
        assertThat(o).isEqualTo(new JvirtdOptions(Path.of("/a.conf"), Path.of("/p.pid"), true, 30, true, true, false, false));
        JvirtdOptions inline = JvirtdOptions.parse(List.of("--config=/b.conf", "--timeout=0", "-l"));
        assertThat(inline.config()).isEqualTo(Path.of("/b.conf"));
        assertThat(inline.listen()).isTrue();
        assertThat(JvirtdOptions.parse(List.of()).timeout()).isZero();
    }

    @Test
    void badCommandLines() {
        assertThatThrownBy(() -> JvirtdOptions.parse(List.of("--timeout", "-1"))).hasMessage("Invalid value for timeout");
        assertThatThrownBy(() -> JvirtdOptions.parse(List.of("--timeout", "2147484"))).hasMessage("Invalid value for timeout");
        assertThatThrownBy(() -> JvirtdOptions.parse(List.of("--config"))).hasMessage("option '--config' requires an argument");
        assertThatThrownBy(() -> JvirtdOptions.parse(List.of("--frobnicate"))).hasMessage("unrecognized option '--frobnicate'");
        assertThatThrownBy(() -> JvirtdOptions.parse(List.of("extra"))).hasMessage("unexpected, non-option, command line arguments");
    }
}
