package org.jvirt.driver.qemu;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.jvirt.driver.qemu.monitor.QmpHotpluggableCpu;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.VirtException;
import org.junit.jupiter.api.Test;

/** Choosing CPU slots as libvirt's qemuDomainSelectHotplugVcpuEntities does, on query-hotpluggable-cpus data. */
class QemuVcpuHotplugTest {

    private static QmpHotpluggableCpu slot(int socket, String qomPath) {
        return new QmpHotpluggableCpu("qemu64-x86_64-cpu", 1,
                JsonNodeFactory.instance.objectNode().put("socket-id", socket).put("core-id", 0).put("thread-id", 0), qomPath);
    }

    /** -smp 1,maxcpus=4: CPU 0 from -smp, CPU 2 hotplugged earlier, slots 1 and 3 empty (QEMU lists them newest first). */
    private static final List<QmpHotpluggableCpu> SLOTS = List.of(slot(3, null), slot(2, "/machine/peripheral/vcpu2"),
            slot(1, null), slot(0, "/machine/unattached/device[0]"));

    @Test
    void addsIntoEmptySlotsInOrder() {
        assertThat(QemuVcpuHotplug.select(SLOTS, 2, 3, true)).extracting(QmpHotpluggableCpu::socketId).containsExactly(1);
        assertThat(QemuVcpuHotplug.select(SLOTS, 2, 4, true)).extracting(QmpHotpluggableCpu::socketId).containsExactly(1, 3);
    }

    @Test
    void removesOnlyHotpluggedCpusNewestSlotFirst() {
        assertThat(QemuVcpuHotplug.select(SLOTS, 2, 1, false)).extracting(QmpHotpluggableCpu::hotpluggedId).containsExactly("vcpu2");
        assertThatThrownBy(() -> QemuVcpuHotplug.select(SLOTS, 2, 0, false)).isInstanceOfSatisfying(VirtException.class, e -> {
            assertThat(e.error().code()).isEqualTo(ErrorCode.INVALID_ARG);
            assertThat(e.getMessage()).isEqualTo(
                    "invalid argument: failed to find appropriate hotpluggable vcpus to reach the desired target vcpu count");
        });
    }

    @Test
    void refusesCountsTheSlotGranularityCannotReach() {
        QmpHotpluggableCpu two = new QmpHotpluggableCpu("t", 2, JsonNodeFactory.instance.objectNode().put("socket-id", 1), null);
        assertThatThrownBy(() -> QemuVcpuHotplug.select(List.of(two), 2, 3, true))
                .hasMessage("invalid argument: target vm vcpu granularity does not allow the desired vcpu count");
    }
}
