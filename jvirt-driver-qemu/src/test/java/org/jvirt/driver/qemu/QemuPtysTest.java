package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.jvirt.conf.domain.DomainDef;
import org.jvirt.conf.domain.DomainFormatOptions;
import org.jvirt.conf.domain.DomainXml;
import org.jvirt.driver.qemu.command.QemuXml2ArgvTestAccess;
import org.junit.jupiter.api.Test;

/** query-chardev's pty paths become the live XML's source path and console tty, as libvirt shows them. */
class QemuPtysTest {

    private static final String XML = """
            <domain type='qemu'>
              <name>p</name>
              <uuid>11111111-2222-3333-4444-555555555555</uuid>
              <memory unit='KiB'>131072</memory>
              <os><type arch='x86_64' machine='pc'>hvm</type></os>
              <devices>
                <serial type='pty'><target port='0'/></serial>
                <serial type='file'><source path='/tmp/s1'/><target port='1'/></serial>
                <memballoon model='none'/>
              </devices>
            </domain>
            """;

    @Test
    void ptyPathsFillTheLiveXmlOnly() {
        DomainDef def = DomainXml.parse(XML, QemuXml2ArgvTestAccess.parseOptions());
        DomainDef live = QemuPtys.apply(def, Map.of("charserial0", "pty:/dev/pts/7", "charserial1", "file",
                "charmonitor", "unix:/run/m.sock,server=on"));
        String xml = DomainXml.format(live, new DomainFormatOptions(3, false, false));
        assertThat(xml).contains("<serial type='pty'>\n      <source path='/dev/pts/7'/>\n      <target port='0'/>");
        assertThat(xml).contains("<console type='pty' tty='/dev/pts/7'>\n      <source path='/dev/pts/7'/>");
        assertThat(xml).contains("<source path='/tmp/s1'/>");
        String inactive = DomainXml.format(live, new DomainFormatOptions(-1, true, false));
        assertThat(inactive).doesNotContain("/dev/pts").doesNotContain("tty=");
        assertThat(QemuPtys.apply(def, Map.of())).as("no pty reported: unchanged").isEqualTo(def);
    }
}
