package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import org.jvirt.DomainState;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainParseOptions;
import org.jvirt.conf.domain.DomainXml;
import org.junit.jupiter.api.Test;

class QemuStatusFileTest {

    private static final DomainParseOptions OPTS = DomainParseOptions.builder().osDefaults((os, virt) -> "x86_64").build();

    @Test
    void roundTrip() throws Exception {
        DomainDef def = DomainXml.parse("""
                <domain type='qemu'><name>st</name><uuid>c7a5fdbd-cdaf-9455-926a-d65c16db1809</uuid>
                <memory>131072</memory><os><type arch='x86_64' machine='pc-i440fx-7.2'>hvm</type></os>
                <devices><serial type='pty'><source path='/dev/pts/7'/><target port='0'/></serial></devices></domain>""",
                OPTS.toBuilder().inactive(false).build());
        QemuStatusFile st = new QemuStatusFile(DomainState.PAUSED, 1, 4242, Path.of("/run/x/domain-3-st/monitor'.sock"), 3, true, def);
        String text = st.format();
        assertThat(text).startsWith("<domstatus state='paused' reason='1' pid='4242' id='3' shutdown='yes'>")
                .contains("<domain type='qemu' id='3'>");
        QemuStatusFile back = QemuStatusFile.parse(text, OPTS);
        assertThat(back.state()).isEqualTo(DomainState.PAUSED);
        assertThat(back.reason()).isEqualTo(1);
        assertThat(back.pid()).isEqualTo(4242);
        assertThat(back.id()).isEqualTo(3);
        assertThat(back.gotShutdown()).isTrue();
        assertThat(back.monitor()).isEqualTo(st.monitor());
        assertThat(back.def().name()).isEqualTo("st");
        assertThat(back.def().devices().serials().getFirst().path()).as("live state (pty path) kept").isEqualTo("/dev/pts/7");
        assertThat(back.fakeReboot()).isFalse();
        assertThat(text).doesNotContain("fakereboot");

        // a reboot under way survives the process: the next one finishes it instead of stopping the guest
        QemuStatusFile rebooting = new QemuStatusFile(DomainState.RUNNING, 1, 4242, st.monitor(), 3, false, true, def);
        assertThat(rebooting.format()).startsWith("<domstatus state='running' reason='1' pid='4242' id='3' shutdown='no' fakereboot='yes'>");
        assertThat(QemuStatusFile.parse(rebooting.format(), OPTS).fakeReboot()).isTrue();
    }

    @Test
    void rejectsOtherDocuments() {
        assertThatThrownBy(() -> QemuStatusFile.parse("<domain/>", OPTS)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> QemuStatusFile.parse("<domstatus state='running'/>", OPTS)).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> QemuStatusFile.parse("not xml", OPTS)).isInstanceOf(IOException.class);
    }
}
