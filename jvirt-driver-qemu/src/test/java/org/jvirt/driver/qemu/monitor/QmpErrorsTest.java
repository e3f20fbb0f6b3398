package org.jvirt.driver.qemu.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/** Every transport failure kind maps to libvirt's code and wording (qemu_monitor.c, qemu_domain.c). */
class QmpErrorsTest {

    private static VirtException map(QmpIoException.Kind kind, String detail) {
        return QmpErrors.transport("demo", new QmpIoException(kind, detail));
    }

    @Test
    void transportFailures() {
        assertThat(map(QmpIoException.Kind.EOF, "end of file"))
                .hasMessage("internal error: End of file from qemu monitor (vm='demo')")
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.INTERNAL_ERROR));
        assertThat(map(QmpIoException.Kind.CLOSED, "monitor closed"))
                .hasMessage("operation failed: domain is no longer running")
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.OPERATION_FAILED));
        assertThat(map(QmpIoException.Kind.CONNECT, "Permission denied"))
                .hasMessage("failed to connect to monitor socket: Permission denied")
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.SYSTEM_ERROR));
        assertThat(map(QmpIoException.Kind.NO_SOCKET, "No such file or directory"))
                .hasMessage("monitor socket did not show up: No such file or directory");
        assertThat(map(QmpIoException.Kind.IO, "Broken pipe")).hasMessage("Unable to read from monitor: Broken pipe");
        assertThat(map(QmpIoException.Kind.PROTOCOL, "Unknown JSON reply '{}'"))
                .hasMessage("internal error: Unknown JSON reply '{}'");
        assertThat(map(QmpIoException.Kind.TIMEOUT, "no reply to 'cont' within 60000 ms"))
                .hasMessage("Timed out during operation: no reply to 'cont' within 60000 ms (vm='demo')")
                .satisfies(e -> assertThat(e.code()).isEqualTo(ErrorCode.OPERATION_TIMEOUT));
        for (QmpIoException.Kind k : QmpIoException.Kind.values()) {
            VirtException e = map(k, "x");
            assertThat(e.domain()).as(k.name()).isEqualTo(ErrorDomain.QEMU);
            assertThat(e.getCause()).as(k.name()).isInstanceOf(QmpIoException.class);
        }
    }

    @Test
    void hasClassLooksOnlyAtQmpCommandErrors() {
        QmpCommandException e = QmpErrors.commandFailed("device_del", new QmpReply.Failure("DeviceNotFound", "gone"));
        assertThat(QmpErrors.hasClass(e, "DeviceNotFound")).isTrue();
        assertThat(QmpErrors.hasClass(e, "GenericError")).isFalse();
        assertThat(QmpErrors.hasClass(new IllegalStateException(), "DeviceNotFound")).isFalse();
    }
}
