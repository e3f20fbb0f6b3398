package org.jvirt.driver.qemu;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jvirt.driver.qemu.monitor.QmpHotpluggableCpu;
import org.jvirt.error.ErrorCode;
import org.jvirt.error.ErrorDomain;
import org.jvirt.error.VirtException;
import org.jvirt.spi.DomainRef;

/**
 * The live vCPU count by CPU hotplug (libvirt's qemuDomainSetVcpusLive): QEMU's query-hotpluggable-cpus lists the
 * slots of the -smp topology; adding fills empty slots in order with device_add of the slot's CPU type and ids
 * (alias "vcpuN"); removing takes back, newest first, only CPUs that were added that way (those of -smp cannot be
 * unplugged), with device_del and a wait until the slot is empty. Slots are chosen before anything changes, so a
 * count that cannot be reached fails with libvirt's error and nothing done. Caller holds the job.
 */
final class QemuVcpuHotplug {

    /** libvirt waits this long for DEVICE_DELETED (qemuDomainWaitForDeviceRemoval). */
    private static final Duration UNPLUG_WAIT = Duration.ofSeconds(5);

    private QemuVcpuHotplug() {
    }

    static void setLive(QemuDriver d, DomainRef dom, QemuDomainRuntime rt, int nvcpus) {
        int current = d.withDom(dom, o -> o.def().vcpu().online());
        if (nvcpus == current) {
            return;
        }
        List<QmpHotpluggableCpu> slots = rt.monitor.queryHotpluggableCpus();
        boolean enable = nvcpus > current;
        List<QmpHotpluggableCpu> chosen = select(slots, current, nvcpus, enable);
        int count = current;
        for (QmpHotpluggableCpu slot : chosen) {
            if (enable) {
                // qemuBuildHotpluggableCPUProps: driver and id, then the slot's topology ids as QEMU gave them
                ObjectNode dev = JsonNodeFactory.instance.objectNode().put("driver", slot.type())
                        .put("id", "vcpu" + slot.socketId());
                dev.setAll((ObjectNode) slot.props().deepCopy());
                rt.monitor.deviceAdd(dev);
                count += slot.vcpusCount();
            } else {
                unplug(rt, slot);
                count -= slot.vcpusCount();
            }
            int now = count;
            d.withDom(dom, o -> {
                o.setDef(o.def().withVcpu(o.def().vcpu().withCurrent(now)));
                d.saveStatus(o, rt);
                return null;
            });
        }
    }

    /** qemuDomainSelectHotplugVcpuEntities: the slots to fill or empty to go from {@code current} to {@code target}. */
    static List<QmpHotpluggableCpu> select(List<QmpHotpluggableCpu> slots, int current, int target, boolean enable) {
        List<QmpHotpluggableCpu> candidates = new ArrayList<>(slots.stream()
                .filter(s -> enable ? !s.plugged() : s.hotpluggedId() != null).toList());
        Comparator<QmpHotpluggableCpu> bySocket = Comparator.comparingInt(QmpHotpluggableCpu::socketId);
        candidates.sort(enable ? bySocket : bySocket.reversed());
        List<QmpHotpluggableCpu> chosen = new ArrayList<>();
        int count = current;
        for (QmpHotpluggableCpu s : candidates) {
            if (count == target) {
                break;
            }
            count += enable ? s.vcpusCount() : -s.vcpusCount();
            if (enable ? count > target : count < target) {
                throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU,
                        "target vm vcpu granularity does not allow the desired vcpu count");
            }
            chosen.add(s);
        }
        if (count != target) {
            throw VirtException.of(ErrorCode.INVALID_ARG, ErrorDomain.QEMU,
                    "failed to find appropriate hotpluggable vcpus to reach the desired target vcpu count");
        }
        return chosen;
    }

    private static void unplug(QemuDomainRuntime rt, QmpHotpluggableCpu slot) {
        String id = slot.hotpluggedId();
        rt.monitor.deviceDel(id);
        long deadline = System.nanoTime() + UNPLUG_WAIT.toNanos();
        while (rt.monitor.queryHotpluggableCpus().stream().anyMatch(s -> id.equals(s.hotpluggedId()))) {
            if (System.nanoTime() > deadline) {
                throw VirtException.of(ErrorCode.OPERATION_TIMEOUT, ErrorDomain.QEMU,
                        "vcpu unplug request timed out. Unplug result must be manually inspected in the domain");
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw VirtException.of(ErrorCode.OPERATION_ABORTED, ErrorDomain.QEMU, "vcpu unplug interrupted");
            }
        }
    }
}
